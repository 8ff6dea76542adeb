using PolicyGraph.Extraction;
using PolicyGraph.Extraction.Entities;
using PolicyGraph.Ingest;

namespace PolicyGraph.Tests.Extraction.Entities;

public sealed class ModelMentionTests
{
    [Fact]
    public void In_an_article_the_rules_win_and_the_model_fills_gaps()
    {
        const string text = "市科协党组成员、副主席罗进飞表示，要加强合作。会上，张晓明和王丽华分别作了发言。";
        var extraction = Extract.From(text, "天津市");

        var org = Assert.Single(extraction.Mentions, m => m.Type == MentionType.Organization && m.Span.Start == 0);
        Assert.Equal("天津市科学技术协会", org.Canonical);
        Assert.Contains(extraction.Mentions, m => m.Type == MentionType.Person && m.Text == "罗进飞");
        Assert.DoesNotContain(extraction.Mentions, m => m.Type == MentionType.Title && m.Kind.Length > 0);
        Assert.All(extraction.Mentions.Where(m => m.Type == MentionType.Person), p => Assert.DoesNotContain(extraction.Mentions,
            o => o.Type == MentionType.Organization && o.Span.Overlaps(p.Span)));
    }

    [Theory]
    [InlineData("乌克兰方面称，在哈巴罗夫斯克、马林卡等方向击退进攻。")]
    public void A_transliterated_town_is_no_person(string text)
    {
        Assert.DoesNotContain(Extract.From(text, string.Empty).Mentions, m => m.Type == MentionType.Person);
    }

    // Right after a title, a name whose surname is too rare for the list is taken as the model reads it.
    [Fact]
    public void After_a_title_the_model_s_name_of_a_rare_surname_stands()
    {
        var extraction = Extract.From("此外，郑州市城市规划局副局长逯军就此事接受记者采访。", "河南省郑州市");

        Assert.Equal(["逯军|副局长|郑州市城市规划局"], extraction.PositionList());
    }

    [Fact]
    public void Bylines_are_not_persons_even_where_the_model_reads_them()
    {
        var extraction = Extract.From("（记者 钱程）\n责任编辑：谭雪", "安徽省合肥市");

        Assert.DoesNotContain(extraction.Mentions, m => m.Type == MentionType.Person);
    }

    [Theory]
    [InlineData("", "", "", 20, false)]
    [InlineData("", "天津政务网", "", 20, true)]
    [InlineData("", "", "天津市", 20, true)]
    [InlineData("", "", "", 2000, true)]
    public void Articles_are_told_from_lone_sentences_by_metadata_or_length(string published, string source, string place, int length, bool article)
    {
        var document = new SourceDocument("a", string.Empty, new string('字', length), new DocumentMetadata(string.Empty, published, source, place), []);

        Assert.Equal(article, ModelMentionStep.IsArticle(document));
    }

    [Theory]
    [InlineData("五年来，民进认真履行参政议政职能。", "民进", "中国民主促进会")]
    [InlineData("向九三学社全体社员致以问候。", "九三学社", "九三学社")]
    public void In_a_lone_sentence_a_body_of_the_national_lexicon_stands_where_the_model_found_nothing(string text, string form, string canonical)
    {
        var extraction = Extract.From(text, string.Empty);

        var org = Assert.Single(extraction.Mentions, m => m.Type == MentionType.Organization && m.Text == form);
        Assert.Equal(canonical, org.Canonical);
        Assert.Equal("party", org.Kind);
    }

    [Fact]
    public void A_short_national_form_inside_a_word_is_no_body()
    {
        var extraction = Extract.From("人民进行了广泛讨论，农民建房有了新规。", string.Empty);

        Assert.DoesNotContain(extraction.Mentions, m => m.Type == MentionType.Organization);
    }

    // A name listed with two persons found side by side is a person too, even of a character names seldom use (一).
    [Fact]
    public void A_name_listed_with_persons_is_a_person()
    {
        var persons = Extract.From("会议以视频形式开到县市区。省领导王一鸥、谢卫江、张迎龙出席。", "湖南省").Of(MentionType.Person);

        Assert.Contains("王一鸥@16", persons);
    }

    // One person alone does not make a list: 丰田 and 福特 are brands listed with him.
    [Fact]
    public void One_person_does_not_make_a_list()
    {
        var persons = Extract.From("出席活动的有总经理张明、丰田、福特等企业代表。", "北京市").Of(MentionType.Person);

        Assert.Equal(["张明@9"], persons);
    }
}
