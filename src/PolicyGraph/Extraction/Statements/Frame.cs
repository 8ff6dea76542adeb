namespace PolicyGraph.Extraction.Statements;

/// <summary>An attribution in the text: a speaker and the cue that reports them (杨柳表示, 他说, 据方圆介绍).</summary>
/// <param name="Speaker">Who speaks and where they are named.</param>
/// <param name="Cue">The reporting verb as printed.</param>
/// <param name="CueStart">Offset of the cue.</param>
/// <param name="Unit">Index of the sentence unit holding the cue within its paragraph.</param>
internal sealed record Frame(SpeakerMatch Speaker, string Cue, int CueStart, int Unit)
{
    /// <summary>Offset just past the cue.</summary>
    public int CueEnd => CueStart + Cue.Length;
}
