using System.Text.Json;
using PolicyGraph.Ingest;

namespace PolicyGraph.Tests.Ingest;

/// <summary>Every dev article's title, date, source and place equal its gold (../shared/eval/dev/*.gold.json).</summary>
public sealed class DevGoldMetadataTests
{
    [SkippableFact]
    public void Metadata_of_every_dev_article_matches_its_gold()
    {
        var dev = SharedData.Path("eval", "dev");
        Skip.If(dev is null || !Directory.Exists(dev), SharedData.Absent);

        var misses = new List<string>();
        var golds = Directory.GetFiles(dev, "*.gold.json").Order(StringComparer.Ordinal).ToArray();
        foreach (var goldPath in golds)
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
            var root = gold.RootElement;
            var file = root.GetProperty("file").GetString()!;
            var result = new ArticleReader().Read(new InputFile(Path.Combine(dev, file), file));
            var metadata = result.Document?.Metadata ?? DocumentMetadata.Unknown;
            Compare(misses, file, "title", root, metadata.Title);
            Compare(misses, file, "published", root, metadata.Published);
            Compare(misses, file, "source", root, metadata.Source);
            Compare(misses, file, "place", root, metadata.Place);
        }

        Assert.True(golds.Length > 0, "The dev folder holds no gold files.");
        Assert.True(misses.Count == 0, string.Join('\n', misses));
    }

    private static void Compare(List<string> misses, string file, string field, JsonElement gold, string actual)
    {
        var expected = gold.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
        if (expected != actual)
        {
            misses.Add($"{file} {field}: expected '{expected}', got '{actual}'");
        }
    }
}
