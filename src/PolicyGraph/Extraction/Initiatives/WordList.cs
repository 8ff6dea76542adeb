using System.Reflection;

namespace PolicyGraph.Extraction.Initiatives;

/// <summary>
/// Reads the word lists embedded from <c>Lexicon/Initiatives</c> and <c>Lexicon/Events</c>: one entry a line,
/// <c>#</c> starts a comment line, tab-separated columns where a list has several.
/// </summary>
internal static class WordList
{
    /// <summary>The entries of the embedded file <paramref name="name"/> (e.g. <c>Events/event-heads.txt</c>), each split into its columns.</summary>
    public static IReadOnlyList<string[]> Rows(string name)
    {
        var resource = "PolicyGraph.Lexicon." + name.Replace('/', '.');
        using var stream = typeof(WordList).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The lexicon '{name}' is not embedded in {typeof(WordList).Assembly.GetName().Name}; check the EmbeddedResource items of PolicyGraph.csproj.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                rows.Add(line.Split('\t'));
            }
        }

        return rows;
    }

    /// <summary>The first column of every entry of <paramref name="name"/>.</summary>
    public static IReadOnlyList<string> Words(string name) => [.. Rows(name).Select(r => r[0])];

    /// <summary>The names of every embedded lexicon of this stage, for tests.</summary>
    public static IEnumerable<string> All() =>
        Assembly.GetExecutingAssembly().GetManifestResourceNames().Where(n => n.StartsWith("PolicyGraph.Lexicon.", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
}
