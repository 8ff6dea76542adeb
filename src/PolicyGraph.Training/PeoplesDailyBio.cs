using System.Text;

namespace PolicyGraph.Training;

/// <summary>Reads the People's Daily character-BIO evaluation set: its texts keep evaluation sentences out of training; its tags only report a score.</summary>
internal static class PeoplesDailyBio
{
    public static IEnumerable<string> Texts(string path) => Read(path).Select(s => s.Text);

    /// <summary>The sentences with their gold spans, for reporting a model's dev score (never for training).</summary>
    public static List<TaggedSentence> Read(string path)
    {
        var result = new List<TaggedSentence>();
        var tags = new List<string>();
        var sentence = new StringBuilder();
        foreach (var line in File.ReadLines(path).Append(string.Empty))
        {
            if (line.Trim().Length == 0)
            {
                if (sentence.Length > 0)
                {
                    result.Add(new TaggedSentence(sentence.ToString(), Spans(tags)));
                    sentence.Clear();
                    tags.Clear();
                }

                continue;
            }

            var space = line.LastIndexOf(' ');
            sentence.Append(space > 0 ? line[..space] : " ");
            tags.Add(line[(space + 1)..]);
        }

        return result;
    }

    private static List<(int, int, int)> Spans(List<string> tags)
    {
        var spans = new List<(int, int, int)>();
        var start = -1;
        var label = string.Empty;
        for (var i = 0; i <= tags.Count; i++)
        {
            var t = i < tags.Count ? tags[i] : "O";
            if (start >= 0 && !(t.StartsWith("I-", StringComparison.Ordinal) && t[2..] == label))
            {
                spans.Add((Array.IndexOf(PeoplesDailyCorpus.Labels, label), start, i));
                start = -1;
            }

            if (t.StartsWith("B-", StringComparison.Ordinal))
            {
                (start, label) = (i, t[2..]);
            }
        }

        return spans;
    }
}
