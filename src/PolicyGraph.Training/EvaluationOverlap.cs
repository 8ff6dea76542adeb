namespace PolicyGraph.Training;

/// <summary>
/// Keeps evaluation sentences out of training: a training sentence is dropped when it equals an evaluation
/// sentence, contains one of at least <see cref="MinimumLength"/> characters, or is itself such a part of one.
/// Only the evaluation texts are read, never their labels.
/// </summary>
internal sealed class EvaluationOverlap
{
    /// <summary>Shorter shared strings ("新华社北京电") are boilerplate, not leaked sentences.</summary>
    public const int MinimumLength = 10;

    private const int Probe = 8;

    private readonly HashSet<string> _exact;
    private readonly Dictionary<string, List<string>> _byPrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _byGram = new(StringComparer.Ordinal);

    public EvaluationOverlap(IEnumerable<string> evaluationTexts)
    {
        _exact = new HashSet<string>(evaluationTexts, StringComparer.Ordinal);
        foreach (var text in _exact.Where(t => t.Length >= MinimumLength))
        {
            var key = text[..Probe];
            if (!_byPrefix.TryGetValue(key, out var list))
            {
                _byPrefix[key] = list = [];
            }

            list.Add(text);
            for (var i = 0; i + Probe <= text.Length; i++)
            {
                var gram = text.Substring(i, Probe);
                if (!_byGram.TryGetValue(gram, out var holders))
                {
                    _byGram[gram] = holders = [];
                }

                if (holders.Count == 0 || !ReferenceEquals(holders[^1], text))
                {
                    holders.Add(text);
                }
            }
        }
    }

    /// <summary>Whether <paramref name="sentence"/> must not be trained on.</summary>
    public bool Overlaps(string sentence)
    {
        if (_exact.Contains(sentence))
        {
            return true;
        }

        for (var i = 0; i + MinimumLength <= sentence.Length; i++)
        {
            if (_byPrefix.TryGetValue(sentence.Substring(i, Probe), out var candidates)
                && candidates.Any(c => i + c.Length <= sentence.Length && string.CompareOrdinal(sentence, i, c, 0, c.Length) == 0))
            {
                return true;
            }
        }

        return sentence.Length >= MinimumLength
            && _byGram.TryGetValue(sentence[..Probe], out var holders)
            && holders.Any(t => t.Contains(sentence, StringComparison.Ordinal));
    }
}
