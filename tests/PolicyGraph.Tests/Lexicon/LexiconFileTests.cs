using System.Text;
using PolicyGraph.Lexicon;

namespace PolicyGraph.Tests.Lexicon;

public sealed class LexiconFileTests
{
    public static TheoryData<string> Names() => [.. LexiconFile.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_lexicon_loads_with_entries_and_no_blank_lines(string name)
    {
        var raw = RawText(name);
        var lines = raw.TrimEnd('\n').Split('\n');

        Assert.DoesNotContain(lines, l => l.Trim().Length == 0);
        Assert.DoesNotContain(lines, l => l != l.Trim());
        Assert.NotEmpty(LexiconFile.Lines(name));
        Assert.StartsWith("#", lines[0], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_lexicon_has_no_duplicate_entries(string name)
    {
        var keys = LexiconFile.Rows(name).Select(r => r[0]).ToList();

        var duplicates = keys.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(duplicates);
    }

    [Theory]
    [InlineData("org-suffixes.tsv", 2)]
    [InlineData("gov-bodies.tsv", 3)]
    [InlineData("known-orgs.tsv", 3)]
    [InlineData("given-name-chars.tsv", 3)]
    public void Each_table_row_has_its_fields(string name, int fields)
    {
        Assert.All(LexiconFile.Rows(name), row => Assert.Equal(fields, row.Length));
    }

    [Fact]
    public void Organisation_kinds_are_the_schema_kinds()
    {
        string[] kinds = ["government", "party", "company", "association", "park", "education", "research", "media", "other"];
        var used = LexiconFile.Rows("org-suffixes.tsv").Select(r => r[1])
            .Concat(LexiconFile.Rows("gov-bodies.tsv").Select(r => r[2]))
            .Concat(LexiconFile.Rows("known-orgs.tsv").Select(r => r[2]));

        Assert.All(used, kind => Assert.Contains(kind, kinds));
    }

    [Fact]
    public void Entity_lexicon_knows_compound_surnames_and_abbreviations()
    {
        var lexicon = EntityLexicon.Default;

        Assert.True(lexicon.CompoundSurnames.Contains("欧阳"));
        Assert.True(lexicon.CompoundSurnames.Contains("端木"));
        Assert.True(lexicon.Surnames.Contains("杨"));
        Assert.Equal("发展和改革委员会", lexicon.GovernmentBodies["发改委"].Standard);
        Assert.Equal("发展和改革委员会", lexicon.GovernmentBodies["发展改革委"].Standard);
        Assert.Equal("工业和信息化厅", lexicon.GovernmentBodies["工信厅"].Standard);
        Assert.Equal("科学技术协会", lexicon.GovernmentBodies["科协"].Standard);
        Assert.Equal("中共天津市委员会", lexicon.GovernmentBodies["委"].At("天津市"));
        Assert.False(lexicon.IsGivenNameChar('说'));
        Assert.True(lexicon.IsGivenNameChar('明'));
    }

    private static string RawText(string name)
    {
        using var stream = typeof(LexiconFile).Assembly.GetManifestResourceStream("PolicyGraph.Lexicon.Data." + name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
