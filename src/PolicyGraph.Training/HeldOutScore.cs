using System.Globalization;
using System.Text;
using PolicyGraph.Extraction.Ner;

namespace PolicyGraph.Training;

/// <summary>Exact-span entity F1 per label of a model on held-out training sentences.</summary>
internal static class HeldOutScore
{
    public static string Format(SequenceModel model, IReadOnlyList<string> labels, IReadOnlyList<TaggedSentence> sentences, SequenceModel? stackOn = null, NerLexicon? lexicon = null)
    {
        var tp = new int[labels.Count];
        var sys = new int[labels.Count];
        var gold = new int[labels.Count];
        foreach (var s in sentences)
        {
            var keys = PerceptronTrainer.Keys(s.Text, stackOn, lexicon);
            var predicted = NerDecoding.Spans(model.Decode(keys, s.Text.Length)).ToHashSet();
            var expected = s.Entities.ToHashSet();
            foreach (var e in predicted)
            {
                sys[e.Label]++;
                tp[e.Label] += expected.Contains(e) ? 1 : 0;
            }

            foreach (var e in expected)
            {
                gold[e.Label]++;
            }
        }

        var sb = new StringBuilder();
        for (var l = 0; l < labels.Count; l++)
        {
            var p = sys[l] == 0 ? 0 : (double)tp[l] / sys[l];
            var r = gold[l] == 0 ? 0 : (double)tp[l] / gold[l];
            var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            sb.Append(CultureInfo.InvariantCulture, $"{labels[l]}={f:F3} ");
        }

        return sb.ToString();
    }
}
