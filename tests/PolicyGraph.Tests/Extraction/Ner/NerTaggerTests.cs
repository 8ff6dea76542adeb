using PolicyGraph.Extraction;
using PolicyGraph.Extraction.Ner;
using Xunit;

namespace PolicyGraph.Tests.Extraction.Ner;

public sealed class NerTaggerTests
{
    [Theory]
    [InlineData("国务院总理李克强在北京会见了美国国务卿。", "Organization:government:0:3:国务院|Title::3:5:总理|Person::5:8:李克强|Place::9:11:北京|Place::14:16:美国")]
    [InlineData("中共中央总书记、国家主席江泽民发表新年讲话。", "Organization:party:0:4:中共中央|Title::4:7:总书记|Title::8:12:国家主席|Person::12:15:江泽民")]
    [InlineData("天津市人民政府副市长张明表示，天津港集团将加大投资。", "Organization:government:0:7:天津市人民政府|Title::7:10:副市长|Person::10:12:张明|Organization:company:15:20:天津港集团")]
    [InlineData("外交部发言人华春莹在例行记者会上回答了提问。", "Organization:government:0:3:外交部|Title::3:6:发言人|Person::6:9:华春莹|Title::12:14:记者")]
    [InlineData("新华社北京1月5日电", "Organization:media:0:3:新华社|Place::3:5:北京")]
    public void Finds_entities_with_exact_offsets_in_real_sentences(string sentence, string expected)
    {
        var spans = NerTagger.Default.Tag(sentence);

        var actual = string.Join('|', spans.Select(s => $"{s.Type}:{s.Kind}:{s.Start}:{s.End}:{sentence[s.Start..s.End]}"));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Names_nest_in_bodies_and_titles_and_generic_bodies_are_dropped()
    {
        Assert.Equal("Organization:government:0:5|Place::0:3", Render2(NerTagger.Default.Tag("加拿大政府决定向灾区提供援助。")));
        Assert.DoesNotContain(NerTagger.Default.Tag("各级党委和政府要认真组织好节日期间的工作。"), s => s.Type == MentionType.Organization);
        Assert.Equal("Title::0:4|Organization:government:0:3|Person::4:7", Render2(NerTagger.Default.Tag("外交部长钱其琛会见了客人。")));
    }

    private static string Render2(IReadOnlyList<NerSpan> spans) => string.Join('|', spans.Select(s => $"{s.Type}:{s.Kind}:{s.Start}:{s.End}"));

    [Fact]
    public void Offsets_count_from_the_start_of_the_whole_text_across_sentences()
    {
        const string text = "今天天气很好。\n国务院总理李克强在北京会见了美国国务卿。";

        var person = Assert.Single(NerTagger.Default.Tag(text), s => s.Type == MentionType.Person);

        Assert.Equal("李克强", text[person.Start..person.End]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Hello, world! 12345 no Chinese here.")]
    [InlineData("“未配对的引号")]
    [InlineData("A\u0000B\uFFFF\uD800")]
    public void Odd_input_yields_well_formed_spans_without_throwing(string text)
    {
        AssertWellFormed(text, NerTagger.Default.Tag(text));
    }

    [Fact]
    public void A_megabyte_without_punctuation_is_tagged_in_bounded_pieces()
    {
        var text = string.Concat(Enumerable.Repeat("天津市人民政府副市长张明会见北京大学校长", 50_000));

        var spans = NerTagger.Default.Tag(text);

        AssertWellFormed(text, spans);
        Assert.NotEmpty(spans);
    }

    [Fact]
    public void Tagging_is_deterministic_across_threads_and_fresh_loads()
    {
        var sentences = Enumerable.Range(0, 40).Select(i => $"第{i}次会议上，河北省委书记倪岳峰与阿里巴巴集团董事局主席张勇在杭州会面。").ToArray();
        var fresh = new NerTagger(NerTagger.LoadModel(NerTagger.PeoplesDailyModel), NerTagger.LoadModel(NerTagger.ClueNerModel), NerTagger.LoadLexicon());
        var sequential = sentences.Select(s => Render(fresh.Tag(s))).ToArray();

        var parallel = new string[sentences.Length];
        Parallel.For(0, sentences.Length, i => parallel[i] = Render(NerTagger.Default.Tag(sentences[i])));

        Assert.Equal(sequential, parallel);
    }

    private static string Render(IReadOnlyList<NerSpan> spans) => string.Join('|', spans);

    internal static void AssertWellFormed(string text, IReadOnlyList<NerSpan> spans)
    {
        var previousStart = 0;
        var open = new Stack<NerSpan>();
        foreach (var s in spans)
        {
            while (open.Count > 0 && open.Peek().End <= s.Start)
            {
                open.Pop();
            }

            Assert.True(open.Count == 0 || s.End <= open.Peek().End, $"{s} crosses {(open.Count > 0 ? open.Peek() : null)}");
            open.Push(s);
            Assert.InRange(s.Start, previousStart, text.Length - 1);
            Assert.InRange(s.End, s.Start + 1, text.Length);
            Assert.Contains(s.Type, new[] { MentionType.Person, MentionType.Organization, MentionType.Place, MentionType.Title });
            Assert.Equal(s.Type == MentionType.Organization, s.Kind.Length > 0);
            previousStart = s.Start;
        }
    }
}
