namespace PolicyGraph.Tests.Ingest;

/// <summary>The ingest fixture files (tests/PolicyGraph.Tests/Fixtures/Ingest, written by make_fixtures.py there).</summary>
internal static class Fixtures
{
    /// <summary>The full path of fixture <paramref name="name"/> in the test output folder.</summary>
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "Ingest", name);

    /// <summary>The bytes of fixture <paramref name="name"/>.</summary>
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path(name));
}
