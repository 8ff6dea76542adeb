using PolicyGraph.Extraction.Initiatives;

namespace PolicyGraph.Tests.Lexicon;

public sealed class InitiativeAndEventLexiconTests
{
    public static TheoryData<string> Files => new()
    {
        "Initiatives/national-initiatives.tsv",
        "Initiatives/not-initiatives.txt",
        "Initiatives/leading-words.txt",
        "Initiatives/heads.txt",
        "Initiatives/generic-words.txt",
        "Initiatives/programme-markers.txt",
        "Events/known-events.tsv",
        "Events/event-heads.txt",
        "Events/proper-markers.txt",
        "Events/generic-modifiers.txt",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_lexicon_loads_with_entries_and_no_duplicate_or_padded_rows(string name)
    {
        var rows = WordList.Rows(name);

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.All(r.Take(2), cell => Assert.Equal(cell.Trim(), cell)));
        Assert.All(rows, r => Assert.NotEqual(string.Empty, r[0]));
        var keys = rows.Select(r => string.Join('\t', r.Take(2))).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Lexicon_files_have_no_blank_lines(string name)
    {
        var path = Path.Combine(SharedData.RepoRoot, "src", "PolicyGraph", "Lexicon", name);
        var lines = File.ReadAllText(path).Split('\n');

        Assert.Equal(string.Empty, lines[^1]);
        Assert.DoesNotContain(lines[..^1], l => l.Trim().Length == 0);
    }

    [Fact]
    public void Every_form_of_a_national_initiative_stands_for_one_canonical_name()
    {
        var rows = WordList.Rows("Initiatives/national-initiatives.tsv");
        var forms = rows.SelectMany(r => r[1].Split(';', StringSplitOptions.RemoveEmptyEntries).Append(r[0])).ToList();

        Assert.Equal(forms.Count, forms.Distinct(StringComparer.Ordinal).Count());
        Assert.All(rows, r => Assert.True(int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture) >= 3, r[0] + " lacks corpus evidence."));
        Assert.Contains(rows, r => r[0] == "新质生产力");
        Assert.Contains(rows, r => r[0] == "京津冀协同发展");
    }

    [Fact]
    public void Every_head_has_a_known_kind_and_every_leading_word_a_known_class()
    {
        Assert.All(WordList.Rows("Initiatives/heads.txt"), r => Assert.Contains(r[1], new[] { "name", "weak", "joins", "place", "project", "tail", "title" }));
        Assert.All(WordList.Rows("Initiatives/leading-words.txt"), r => Assert.Contains(r[1], new[] { "hard", "soft", "keep" }));
    }

    [Fact]
    public void No_denied_term_is_also_a_national_initiative()
    {
        var denied = WordList.Words("Initiatives/not-initiatives.txt").ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(WordList.Words("Initiatives/national-initiatives.tsv"), denied.Contains);
    }
}
