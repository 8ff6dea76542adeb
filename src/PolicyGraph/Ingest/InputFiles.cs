namespace PolicyGraph.Ingest;

/// <summary>One input file and the path the graph records for it.</summary>
/// <param name="FullPath">Where the file is.</param>
/// <param name="RelativePath">Its path relative to the input root it was found under, <c>/</c>-separated.</param>
public sealed record InputFile(string FullPath, string RelativePath);

/// <summary>Finds the article files under the inputs of a build, in a stable order.</summary>
public static class InputFiles
{
    /// <summary>The file extensions read as articles.</summary>
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".html", ".htm" };

    /// <summary>
    /// Every article file under <paramref name="inputs"/> (folders searched recursively, files taken as given),
    /// ordered by relative path; a file named twice is listed once.
    /// </summary>
    /// <returns>The files, or the first input that does not exist.</returns>
    public static (IReadOnlyList<InputFile> Files, string? MissingInput) Find(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var found = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input);
            if (Directory.Exists(full))
            {
                foreach (var file in Directory.EnumerateFiles(full, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
                {
                    if (Extensions.Contains(Path.GetExtension(file)) && !Path.GetFileName(file).StartsWith('.'))
                    {
                        found.TryAdd(file, new InputFile(file, Relative(full, file)));
                    }
                }
            }
            else if (File.Exists(full))
            {
                found.TryAdd(full, new InputFile(full, Path.GetFileName(full)));
            }
            else
            {
                return ([], input);
            }
        }

        return ([.. found.Values.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ThenBy(f => f.FullPath, StringComparer.Ordinal)], null);
    }

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');
}
