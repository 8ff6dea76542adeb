using System.Text;

namespace PolicyGraph.Training;

/// <summary>
/// Reads the PKU-tagged People's Daily 1998 corpus into sentences with PER / ORG / LOC entities, following the
/// conventions of the People's Daily character-BIO evaluation set where the two annotations differ (see
/// <see cref="PeoplesDailyConventions"/>): runs of <c>nr</c> tokens (a surname token of at most two characters
/// pairs with the given name after it), <c>ns</c>, <c>nt</c>, and bracketed <c>[…]nt</c> / <c>[…]ns</c>
/// compounds as one entity over their inner tokens.
/// </summary>
internal static class PeoplesDailyCorpus
{
    /// <summary>The entity labels in model order.</summary>
    public static readonly string[] Labels = ["PER", "ORG", "LOC"];

    internal const int Per = 0, Org = 1, Loc = 2;

    /// <summary>One word of a paragraph.</summary>
    internal sealed record Token(string Word, string Tag, int Start, int End, bool InCompound);

    /// <summary>Every sentence of <paramref name="path"/>, paragraphs split after 。！？.</summary>
    public static List<TaggedSentence> Read(string path)
    {
        var paragraphs = new List<(TaggedSentence Sentence, List<Token> Tokens)>();
        foreach (var line in File.ReadLines(path))
        {
            var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length >= 2)
            {
                paragraphs.Add(ParseParagraph(tokens.AsSpan(1)));
            }
        }

        // 邓小平理论 is one PKU word; the name inside it is still a person (known from the names tagged elsewhere).
        var names = paragraphs.SelectMany(p => p.Sentence.Entities.Where(e => e.Label == Per).Select(e => p.Sentence.Text[e.Start..e.End])).ToHashSet(StringComparer.Ordinal);
        var sentences = new List<TaggedSentence>();
        foreach (var (sentence, tokens) in paragraphs)
        {
            var added = PeoplesDailyConventions.NamesInDoctrines(tokens, names);
            var whole = added.Count == 0 ? sentence : sentence with { Entities = Overlaps.RemoveNested(sentence.Entities.Concat(added)) };
            sentences.AddRange(SplitSentences(whole));
        }

        return sentences;
    }

    private static (TaggedSentence Sentence, List<Token> Tokens) ParseParagraph(ReadOnlySpan<string> raw)
    {
        var text = new StringBuilder();
        var tokens = new List<Token>();
        var entities = new List<(int, int, int)>();
        var compoundFirst = -1;
        foreach (var item in raw)
        {
            var token = item;
            if (token.Length > 2 && token[0] == '[' && token.IndexOf('/', StringComparison.Ordinal) > 1)
            {
                compoundFirst = tokens.Count;
                token = token[1..];
            }

            var slash = token.LastIndexOf('/');
            var word = slash > 0 ? token[..slash] : token;
            var tag = slash > 0 ? token[(slash + 1)..] : string.Empty;
            string? compoundLabel = null;
            var close = tag.IndexOf(']', StringComparison.Ordinal);
            if (close >= 0)
            {
                compoundLabel = tag[(close + 1)..];
                tag = tag[..close];
            }

            var start = text.Length;
            text.Append(word);
            tokens.Add(new Token(word, tag, start, text.Length, compoundFirst >= 0));
            if (compoundLabel is not null && compoundFirst >= 0)
            {
                var entity = PeoplesDailyConventions.Compound(tokens, compoundFirst, compoundLabel);
                if (entity is { } e)
                {
                    entities.Add(e);
                }
                else
                {
                    // A compound that is no entity itself (nz, i, l, 中国政府): its inner names still are.
                    for (var i = compoundFirst; i < tokens.Count; i++)
                    {
                        tokens[i] = tokens[i] with { InCompound = false };
                    }
                }

                compoundFirst = -1;
            }
        }

        PeoplesDailyConventions.AddWordEntities(tokens, entities);
        return (new TaggedSentence(text.ToString(), Overlaps.RemoveNested(entities)), tokens);
    }

    private static bool EndsSentence(string text, int i)
    {
        const string Terminators = "。！？", Closers = "”’）";
        return Terminators.Contains(text[i], StringComparison.Ordinal)
            ? !Closers.Contains(text[i + 1], StringComparison.Ordinal)
            : Closers.Contains(text[i], StringComparison.Ordinal) && i > 0 && Terminators.Contains(text[i - 1], StringComparison.Ordinal);
    }

    private static IEnumerable<TaggedSentence> SplitSentences(TaggedSentence paragraph)
    {
        var text = paragraph.Text;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = i + 1;
            if (end != text.Length && !EndsSentence(text, i))
            {
                continue;
            }

            if (paragraph.Entities.Any(e => e.Start < end && e.End > end))
            {
                continue;
            }

            var slice = paragraph.Entities.Where(e => e.Start >= start && e.End <= end).Select(e => (e.Label, e.Start - start, e.End - start)).ToList();
            yield return new TaggedSentence(text[start..end], slice);
            start = end;
        }
    }
}
