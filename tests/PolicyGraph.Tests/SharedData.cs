namespace PolicyGraph.Tests;

/// <summary>Finds the checkout's root and the <c>../shared</c> folder (design, eval gold, corpora) beside it.</summary>
internal static class SharedData
{
    /// <summary>The repository root (the folder holding PolicyGraph.sln).</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The shared folder beside the checkout, or null where it is absent (a user's fresh clone).</summary>
    public static string? Root { get; } = FindShared();

    /// <summary>The reason shown when a test skips for lack of the shared folder.</summary>
    public const string Absent = "../shared (eval gold and public corpora) is not beside this checkout";

    /// <summary>A path inside the shared folder, or null where it is absent.</summary>
    public static string? Path(params string[] parts) =>
        Root is null ? null : System.IO.Path.Combine([Root, .. parts]);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PolicyGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests run outside a PolicyGraph checkout: no PolicyGraph.sln above " + AppContext.BaseDirectory);
    }

    private static string? FindShared()
    {
        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared"));
        return Directory.Exists(System.IO.Path.Combine(candidate, "eval")) ? candidate : null;
    }
}
