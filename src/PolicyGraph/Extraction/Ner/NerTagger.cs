using System.Reflection;

namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// Finds persons, organisations, places and titles with two character taggers trained on public corpora (see
/// Models/README.md): one in the People's Daily style (PER / ORG / LOC) and one in the CLUENER style (name,
/// position, government, company, organization …) that also reads the first model's tags (stacking). Their spans
/// are merged into one list of names that never cross: a name may only nest inside another (the place 中国 inside
/// the government 中国政府).
/// Immutable and thread-safe; <see cref="Default"/> loads the embedded models once.
/// </summary>
internal sealed partial class NerTagger
{
    private static readonly Lazy<NerTagger> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SequenceModel _peoplesDaily;
    private readonly SequenceModel _clueNer;
    private readonly NerLexicon? _lexicon;

    /// <summary>A tagger over the two models and the name lexicon their dictionary features read.</summary>
    public NerTagger(SequenceModel peoplesDaily, SequenceModel clueNer, NerLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(peoplesDaily);
        ArgumentNullException.ThrowIfNull(clueNer);
        _peoplesDaily = peoplesDaily;
        _clueNer = clueNer;
        _lexicon = lexicon;
    }

    /// <summary>The tagger over the embedded models, loaded on first use and shared by every thread.</summary>
    public static NerTagger Default => Shared.Value;

    /// <summary>
    /// The entities of <paramref name="text"/>, ordered by start (the longer first at one start); two spans are apart or
    /// one lies inside the other.
    /// </summary>
    public IReadOnlyList<NerSpan> Tag(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<NerSpan>();
        foreach (var (start, end) in NerSegments.Split(text))
        {
            var folded = NerChars.FoldAll(text.AsSpan(start, end - start));
            var keys = new uint[folded.Length * NerFeatures.PerPosition];
            NerFeatures.Extract(folded, keys, _lexicon);
            var pdPath = _peoplesDaily.Decode(keys, folded.Length);
            var pd = Candidates(_peoplesDaily, pdPath, start);
            NerFeatures.Extract(folded, keys, _lexicon, pdPath);
            var clue = Candidates(_clueNer, _clueNer.Decode(keys, folded.Length), start);
            found.AddRange(Merge(text, pd, clue));
        }

        return found;
    }

    private static List<(string Label, int Start, int End)> Candidates(SequenceModel model, int[] path, int offset) =>
        [.. NerDecoding.Spans(path).Select(s => (model.Labels[s.Label], s.Start + offset, s.End + offset))];

    private static NerTagger LoadEmbedded() => new(LoadModel(PeoplesDailyModel), LoadModel(ClueNerModel), LoadLexicon());

    /// <summary>The resource file of the People's Daily style model.</summary>
    internal const string PeoplesDailyModel = "ner-pd.bin.gz";

    /// <summary>The resource file of the CLUENER style model.</summary>
    internal const string ClueNerModel = "ner-cluener.bin.gz";

    /// <summary>The resource file of the name lexicon (gzip text, not a model).</summary>
    internal const string Lexicon = "ner-lexicon.bin.gz";

    /// <summary>Reads the embedded name lexicon.</summary>
    internal static NerLexicon LoadLexicon()
    {
        using var stream = Resource(Lexicon);
        return NerLexicon.Read(stream);
    }

    /// <summary>Reads one embedded model.</summary>
    internal static SequenceModel LoadModel(string name)
    {
        using var stream = Resource(name);
        return SequenceModel.Read(stream);
    }

    private static Stream Resource(string name)
    {
        var assembly = typeof(NerTagger).Assembly;
        var resource = "PolicyGraph.Extraction.Ner.Models." + name;
        return assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The NER model resource '{resource}' is missing from {assembly.GetName().Name}; rebuild the library.");
    }
}
