using PolicyGraph.Extraction.Entities;
using PolicyGraph.Lexicon;
using PolicyGraph.Text;

namespace PolicyGraph.Tests.Extraction.Entities;

public sealed class NameListTests
{
    private static readonly NameList Lists = new(EntityLexicon.Default, new NameReader(EntityLexicon.Default));

    [Fact]
    public void Names_left_out_between_listed_names_are_read()
    {
        const string text = "委员：王兆国王忠禹邓小平江泽民李鹏乔石";
        TextSpan[] found = [new(3, 6), new(6, 9), new(15, 17), new(17, 19)];

        var missing = Lists.Missing(text, found, new SpanIndex(text.Length, found));

        Assert.Equal(["邓小平", "江泽民"], missing.Select(s => s.Of(text)));
    }

    [Fact]
    public void A_gap_between_persons_that_stand_in_no_list_is_left_alone()
    {
        const string text = "李鹏会见江泽民，王兆国陪同。";
        TextSpan[] found = [new(0, 2), new(4, 7), new(8, 11)];

        Assert.Empty(Lists.Missing(text, found, new SpanIndex(text.Length, found)));
    }

    [Fact]
    public void A_listed_person_that_is_two_names_run_together_is_split()
    {
        const string text = "胡富国钮茂生王兆国王忠禹俞正声";
        TextSpan[] found = [new(0, 3), new(3, 6), new(6, 12), new(12, 15)];

        var (person, names) = Assert.Single(Lists.RunTogether(text, found));

        Assert.Equal("王兆国王忠禹", person.Of(text));
        Assert.Equal(["王兆国", "王忠禹"], names.Select(s => s.Of(text)));
    }

    // After a verb a leader's name is read before his title (牢记|习近平总书记).
    [Theory]
    [InlineData("牢记习近平总书记的嘱托", 5, 3)]
    public void A_name_after_a_verb_before_a_leaders_title(string text, int titleStart, int length)
    {
        Assert.Equal(length, new NameReader(EntityLexicon.Default).ReadEndingAt(text, titleStart, strict: false, afterVerb: true));
    }
}
