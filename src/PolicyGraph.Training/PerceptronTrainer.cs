using PolicyGraph.Extraction.Ner;

namespace PolicyGraph.Training;

/// <summary>
/// Trains a <see cref="SequenceModel"/> as an averaged structured perceptron (Collins 2002) with BIO-constrained
/// Viterbi decoding. Single-threaded and seeded, so the same corpus gives the same model byte for byte.
/// </summary>
internal sealed class PerceptronTrainer
{
    private readonly IReadOnlyList<string> _labels;
    private readonly int _tags;
    private readonly Dictionary<uint, int> _index = [];
    private readonly List<uint> _keys = [];
    private double[] _w = [];
    private double[] _u = [];
    private readonly double[] _tw;
    private readonly double[] _tu;
    private long _clock = 1;

    public PerceptronTrainer(IReadOnlyList<string> labels)
    {
        _labels = labels;
        _tags = 1 + (2 * labels.Count);
        _tw = new double[(_tags + 1) * _tags];
        _tu = new double[_tw.Length];
    }

    /// <summary>A sentence ready for training: feature indices per position (-1 unknown) and gold tags.</summary>
    internal sealed record Example(int[] Features, int[] Gold);

    /// <summary>Turns sentences into examples, keeping features seen at least <paramref name="minimumCount"/> times.</summary>
    public List<Example> Prepare(IReadOnlyList<TaggedSentence> sentences, int minimumCount, SequenceModel? stackOn = null, Func<int, NerLexicon?>? lexiconOf = null)
    {
        var keyed = new List<(uint[] Keys, int[] Gold)>(sentences.Count);
        var counts = new Dictionary<uint, int>();
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            var keys = Keys(s.Text, stackOn, lexiconOf?.Invoke(i));
            foreach (var k in keys)
            {
                counts[k] = counts.GetValueOrDefault(k) + 1;
            }

            keyed.Add((keys, s.Tags()));
        }

        foreach (var (key, count) in counts.OrderBy(kv => kv.Key))
        {
            if (count >= minimumCount && key != NerFeatures.None)
            {
                _index[key] = _keys.Count;
                _keys.Add(key);
            }
        }

        _w = new double[_keys.Count * _tags];
        _u = new double[_w.Length];
        return [.. keyed.Select(k => new Example([.. k.Keys.Select(key => _index.GetValueOrDefault(key, -1))], k.Gold))];
    }

    /// <summary>The feature keys of <paramref name="text"/>, with <paramref name="stackOn"/>'s tags when given.</summary>
    public static uint[] Keys(string text, SequenceModel? stackOn, NerLexicon? lexicon = null)
    {
        var folded = NerChars.FoldAll(text);
        var keys = new uint[text.Length * NerFeatures.PerPosition];
        NerFeatures.Extract(folded, keys, lexicon);
        if (stackOn is not null)
        {
            NerFeatures.Extract(folded, keys, lexicon, stackOn.Decode(keys, text.Length));
        }

        return keys;
    }

    /// <summary>Features kept by <see cref="Prepare"/>.</summary>
    public int FeatureCount => _keys.Count;

    /// <summary>One pass over <paramref name="examples"/> in a seeded order; returns the share of characters tagged right.</summary>
    public double Epoch(IReadOnlyList<Example> examples, int seed)
    {
        var order = Enumerable.Range(0, examples.Count).ToArray();
        new Random(seed).Shuffle(order);
        long right = 0, total = 0;
        foreach (var i in order)
        {
            var ex = examples[i];
            var predicted = Decode(ex.Features, ex.Gold.Length);
            for (var p = 0; p < predicted.Length; p++)
            {
                right += predicted[p] == ex.Gold[p] ? 1 : 0;
            }

            total += predicted.Length;
            Update(ex, predicted);
            _clock++;
        }

        return total == 0 ? 1 : (double)right / total;
    }

    /// <summary>Tags an example with the current (not averaged) weights.</summary>
    public int[] Decode(int[] features, int length)
    {
        var emissions = new float[length * _tags];
        for (var i = 0; i < length; i++)
        {
            for (var k = 0; k < NerFeatures.PerPosition; k++)
            {
                var f = features[(i * NerFeatures.PerPosition) + k];
                if (f < 0)
                {
                    continue;
                }

                for (var t = 0; t < _tags; t++)
                {
                    emissions[(i * _tags) + t] += (float)_w[(f * _tags) + t];
                }
            }
        }

        var transitions = _tw.Select(x => (float)x).ToArray();
        var path = new int[length];
        BioViterbi.Decode(emissions, length, _tags, transitions, path);
        return path;
    }

    private void Update(Example ex, int[] predicted)
    {
        var gold = ex.Gold;
        for (var i = 0; i < gold.Length; i++)
        {
            var gPrev = i == 0 ? _tags : gold[i - 1];
            var pPrev = i == 0 ? _tags : predicted[i - 1];
            if (gold[i] != predicted[i])
            {
                for (var k = 0; k < NerFeatures.PerPosition; k++)
                {
                    var f = ex.Features[(i * NerFeatures.PerPosition) + k];
                    if (f >= 0)
                    {
                        Bump(_w, _u, (f * _tags) + gold[i], 1);
                        Bump(_w, _u, (f * _tags) + predicted[i], -1);
                    }
                }
            }

            if (gold[i] != predicted[i] || gPrev != pPrev)
            {
                Bump(_tw, _tu, (gPrev * _tags) + gold[i], 1);
                Bump(_tw, _tu, (pPrev * _tags) + predicted[i], -1);
            }
        }
    }

    private void Bump(double[] w, double[] u, int at, int delta)
    {
        w[at] += delta;
        u[at] += delta * _clock;
    }

    /// <summary>
    /// The averaged weights, quantised to 16 bits; features whose every weight rounds below
    /// <paramref name="keepAbove"/> quantisation steps are dropped.
    /// </summary>
    public SequenceModel Finish(int keepAbove)
    {
        var avg = new double[_w.Length];
        for (var i = 0; i < avg.Length; i++)
        {
            avg[i] = _w[i] - (_u[i] / _clock);
        }

        var tavg = new double[_tw.Length];
        for (var i = 0; i < tavg.Length; i++)
        {
            tavg[i] = _tw[i] - (_tu[i] / _clock);
        }

        var max = Math.Max(avg.Select(Math.Abs).DefaultIfEmpty(0).Max(), tavg.Select(Math.Abs).Max());
        var scale = max == 0 ? 1f : (float)(max / 32000);
        var keys = new List<uint>();
        var weights = new List<short>();
        var row = new short[_tags];
        for (var f = 0; f < _keys.Count; f++)
        {
            var keep = false;
            for (var t = 0; t < _tags; t++)
            {
                row[t] = (short)Math.Round(avg[(f * _tags) + t] / scale);
                keep |= Math.Abs((int)row[t]) > keepAbove;
            }

            if (keep)
            {
                keys.Add(_keys[f]);
                weights.AddRange(row);
            }
        }

        var transitions = tavg.Select(x => (short)Math.Round(x / scale)).ToArray();
        return new SequenceModel(_labels, scale, [.. keys], [.. weights], transitions);
    }
}
