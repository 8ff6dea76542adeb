using System.Reflection;
using System.Text;

namespace PolicyGraph.Lexicon;

/// <summary>Reads one of the word lists embedded from <c>Lexicon/Data</c>: UTF-8, one entry a line, <c>#</c> comments.</summary>
internal static class LexiconFile
{
    /// <summary>The names of every embedded list, for tests that check them all.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "surnames.txt", "given-name-chars.tsv", "titles.txt", "roles.txt", "org-suffixes.tsv",
        "gov-bodies.tsv", "known-orgs.tsv", "name-followers.txt", "non-names.txt", "org-left-stops.txt", "org-left-openers.txt", "org-descriptors.txt",
    ];

    /// <summary>The entry lines of <paramref name="name"/>, comments left out, in file order.</summary>
    public static IReadOnlyList<string> Lines(string name)
    {
        var resource = "PolicyGraph.Lexicon.Data." + name;
        using var stream = typeof(LexiconFile).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The lexicon '{resource}' is not embedded in {typeof(LexiconFile).Assembly.GetName().Name}; check the EmbeddedResource item in PolicyGraph.csproj.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    /// <summary>The tab-separated fields of every entry of <paramref name="name"/>.</summary>
    public static IReadOnlyList<string[]> Rows(string name) => [.. Lines(name).Select(l => l.Split('\t'))];
}
