using PolicyGraph.Resolution;

namespace PolicyGraph.Tests.Resolution;

public sealed class NameTableTests
{
    // (document, canonical, form, kind, date), documents in order.
    private static readonly (int Doc, string Canonical, string Form, string Kind, string Date)[] Observations =
    [
        (0, "天津市发改委", "市发改委", "government", ""),
        (0, "天津市科学技术协会", "市科协", "", ""),
        (1, "天津市发展和改革委员会", "天津市发展和改革委员会", "government", ""),
        (2, "市政府", "市政府", "", ""),
        (2, "天津市科学技术协会", "天津市科协", "association", ""),
        (3, "2024世界智能产业博览会", "智博会", "", "2024-06-20"),
        (3, "天津市发改委", "天津市发改委", "", ""),
        (4, "市政府", "市政府", "government", ""),
        (4, "2024世界智能产业博览会", "2024世界智能产业博览会", "", "2024-06-20"),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Tables_of_consecutive_documents_appended_equal_one_table_of_them_all(int slices)
    {
        var whole = Observe(new NameTable(Normalize), Observations);
        var shared = new NameTable(Normalize);
        var documents = Observations.Max(o => o.Doc) + 1;
        for (var slice = 0; slice < slices; slice++)
        {
            var (from, to) = (documents * slice / slices, documents * (slice + 1) / slices);
            shared.Append(Observe(new NameTable(shared.Key), Observations.Where(o => o.Doc >= from && o.Doc < to)));
        }

        Assert.Equal(Describe(whole), Describe(shared));
    }

    private static string Normalize(string name) => OrganizationNames.Normalize(name);

    private static NameTable Observe(NameTable table, IEnumerable<(int Doc, string Canonical, string Form, string Kind, string Date)> observations)
    {
        foreach (var (doc, canonical, form, kind, date) in observations)
        {
            table.Observe(doc, canonical, form, kind, date);
        }

        return table;
    }

    // Everything a table holds, in the order it holds it.
    private static List<string> Describe(NameTable table) =>
    [
        .. table.Entries.Select(e => string.Join(" | ",
            e.Key,
            string.Join(",", e.Value.Documents),
            string.Join(";", e.Value.Forms.Select(f => f.Key + ":" + string.Join(",", f.Value))),
            string.Join(";", e.Value.Kinds.Select(k => k.Key + "=" + k.Value)),
            string.Join(";", e.Value.Dates.Select(d => d.Key + "=" + d.Value)))),
    ];
}
