using System.Globalization;

namespace PolicyGraph.Training;

/// <summary>Command-line options of the trainer.</summary>
internal sealed record TrainingOptions(string Corpora, string Output, string? Only, bool Holdout, int PdEpochs, int ClueNerEpochs, int Keep, bool ScoreDev = false)
{
    public static TrainingOptions? Parse(string[] args)
    {
        var root = FindRepoRoot();
        var o = new TrainingOptions(
            Path.GetFullPath(Path.Combine(root, "..", "shared", "corpora")),
            Path.Combine(root, "src", "PolicyGraph", "Extraction", "Ner", "Models"),
            null,
            false,
            20,
            20,
            300);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--corpora" when value is not null: o = o with { Corpora = value }; i++; break;
                case "--out" when value is not null: o = o with { Output = value }; i++; break;
                case "--only" when value is "pd" or "cluener": o = o with { Only = value }; i++; break;
                case "--holdout": o = o with { Holdout = true }; break;
                case "--score-dev": o = o with { ScoreDev = true }; break;
                case "--pd-epochs" when value is not null: o = o with { PdEpochs = int.Parse(value, CultureInfo.InvariantCulture) }; i++; break;
                case "--cluener-epochs" when value is not null: o = o with { ClueNerEpochs = int.Parse(value, CultureInfo.InvariantCulture) }; i++; break;
                case "--keep" when value is not null: o = o with { Keep = int.Parse(value, CultureInfo.InvariantCulture) }; i++; break;
                default: return null;
            }
        }

        return o;
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PolicyGraph.sln")))
            {
                return dir.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
