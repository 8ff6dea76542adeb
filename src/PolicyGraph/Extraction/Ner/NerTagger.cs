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
    private readonly WeightTable _weights;

    /// <summary>A tagger over the two models and the name lexicon their dictionary features read.</summary>
    public NerTagger(SequenceModel peoplesDaily, SequenceModel clueNer, NerLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(peoplesDaily);
        ArgumentNullException.ThrowIfNull(clueNer);
        _peoplesDaily = peoplesDaily;
        _clueNer = clueNer;
        _lexicon = lexicon;
        _weights = new WeightTable(peoplesDaily, clueNer);
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
            // A paragraph's line break after its last sentence is a piece of its own: no entity there, and about a third
            // of a news text's pieces.
            if (text.AsSpan(start, end - start).IsWhiteSpace())
            {
                continue;
            }

            var length = end - start;
            var buffers = TagBuffers.ForThread(length, _weights.Stride);
            var folded = buffers.Folded.AsSpan(0, length);
            NerChars.FoldAll(text.AsSpan(start, length), folded);
            var keys = buffers.Keys.AsSpan(0, length * NerFeatures.PerPosition);
            NerFeatures.Extract(folded, keys, _lexicon);
            var sums = buffers.Sums.AsSpan(0, length * _weights.Stride);
            _weights.SumRows(keys, NerFeatures.PerPosition, length, sums);
            var pdPath = buffers.PeoplesDailyPath.AsSpan(0, length);
            _peoplesDaily.Decode(sums, _weights.Stride, _weights.Offset(0), length, pdPath);
            var pd = Candidates(_peoplesDaily, pdPath, start, buffers.PeoplesDailySpans);

            // The CLUENER model reads the same features plus the People's Daily tags: its sums are the ones above
            // plus the weights of the keys that read those tags (None above, so nothing to take back).
            var stacked = buffers.StackedKeys.AsSpan(0, length * NerFeatures.StackedPerPosition);
            NerFeatures.ExtractStacked(folded, pdPath, stacked);
            _weights.AddRows(stacked, NerFeatures.StackedPerPosition, length, 1, sums);
            var cluePath = buffers.ClueNerPath.AsSpan(0, length);
            _clueNer.Decode(sums, _weights.Stride, _weights.Offset(1), length, cluePath);
            var clue = Candidates(_clueNer, cluePath, start, buffers.ClueNerSpans);

            // Most segments hold no entity at all; the merge of two empty lists is empty.
            if (pd.Count + clue.Count > 0)
            {
                Merge(text, pd, clue, buffers.Merge, found);
            }
        }

        return found;
    }

    // The labelled spans of a tag path, into a list reused across segments.
    private static List<(string Label, int Start, int End)> Candidates(
        SequenceModel model, ReadOnlySpan<int> path, int offset, List<(string Label, int Start, int End)> candidates)
    {
        candidates.Clear();
        var position = 0;
        while (NerDecoding.Next(path, ref position, out var span))
        {
            candidates.Add((model.Labels[span.Label], span.Start + offset, span.End + offset));
        }

        return candidates;
    }

    // The three resources are independent: read on separate threads, they cost the slowest one's time at a cold
    // start instead of the sum (about 0.1 s less for one article).
    private static NerTagger LoadEmbedded()
    {
        var clueNer = Task.Run(() => LoadModel(ClueNerModel));
        var lexicon = Task.Run(LoadLexicon);
        var peoplesDaily = LoadModel(PeoplesDailyModel);
        return new(peoplesDaily, clueNer.GetAwaiter().GetResult(), lexicon.GetAwaiter().GetResult());
    }

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
