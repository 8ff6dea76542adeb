using PolicyGraph.Extraction.Ner;

namespace PolicyGraph.Training;

/// <summary>
/// Builds the name lexicon of the dictionary features from labelled training sentences. A model learns how far to
/// trust the lexicon on its own training sentences, so each sentence sees a lexicon built without its own fold
/// (jackknife): a name met only once is as unknown in training as a new name is in use.
/// </summary>
internal static class LexiconBuilder
{
    public const int Folds = 5;

    /// <summary>Adds the names of <paramref name="sentences"/> whose label <paramref name="bits"/> maps to a type.</summary>
    public static void Add(Dictionary<string, byte> words, IEnumerable<TaggedSentence> sentences, IReadOnlyList<string> labels, Func<string, byte> bits)
    {
        foreach (var s in sentences)
        {
            foreach (var (label, start, end) in s.Entities)
            {
                var type = bits(labels[label]);
                if (type != 0 && end - start is >= NerLexicon.MinimumLength and <= NerLexicon.MaximumLength)
                {
                    var word = new string(NerChars.FoldAll(s.Text.AsSpan(start, end - start)));
                    words[word] = (byte)(words.GetValueOrDefault(word) | type);
                }
            }
        }
    }

    /// <summary>People's Daily labels as lexicon types.</summary>
    public static byte PeoplesDailyBits(string label) => label switch
    {
        "PER" => NerLexicon.Person,
        "ORG" => NerLexicon.Organization,
        "LOC" => NerLexicon.Place,
        _ => 0,
    };

    /// <summary>CLUENER labels as lexicon types.</summary>
    public static byte ClueNerBits(string label) => label switch
    {
        "name" => NerLexicon.Person,
        "government" or "organization" or "company" => NerLexicon.Organization,
        _ => 0,
    };

    /// <summary>
    /// One lexicon per fold of <paramref name="train"/> (sentence i is in fold i mod <see cref="Folds"/>), each holding
    /// <paramref name="other"/> and the names of the other folds.
    /// </summary>
    public static NerLexicon[] Jackknife(Dictionary<string, byte> other, IReadOnlyList<TaggedSentence> train, IReadOnlyList<string> labels, Func<string, byte> bits)
    {
        var lexicons = new NerLexicon[Folds];
        for (var fold = 0; fold < Folds; fold++)
        {
            var words = new Dictionary<string, byte>(other, StringComparer.Ordinal);
            var f = fold;
            Add(words, train.Where((_, i) => i % Folds != f), labels, bits);
            lexicons[fold] = new NerLexicon(words);
        }

        return lexicons;
    }
}
