using System.Globalization;

namespace PolicyGraph.Lexicon.Places;

/// <summary>Reads the embedded <c>places.tsv</c> (code, name, parent code, level; see README.md beside it).</summary>
internal static class PlaceGazetteerLoader
{
    /// <summary>The manifest name of the embedded division list.</summary>
    public const string ResourceName = "PolicyGraph.Lexicon.Places.places.tsv";

    /// <summary>The gazetteer of the embedded list.</summary>
    public static PlaceGazetteer LoadEmbedded()
    {
        using var stream = typeof(PlaceGazetteerLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build; check PolicyGraph.csproj.");
        using var reader = new StreamReader(stream);
        return new PlaceGazetteer(Parse(reader));
    }

    /// <summary>The places in a TSV text; lines starting with '#' are comments.</summary>
    public static IEnumerable<Place> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != 4)
            {
                throw new InvalidDataException($"The place list line '{line}' does not have four tab-separated cells; regenerate places.tsv.");
            }

            var level = (PlaceLevel)int.Parse(cells[3], NumberStyles.None, CultureInfo.InvariantCulture);
            yield return new Place(cells[0], cells[1], cells[2], level, PlaceNames.ShortName(cells[1]));
        }
    }
}
