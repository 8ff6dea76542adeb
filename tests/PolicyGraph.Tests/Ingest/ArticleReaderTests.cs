using PolicyGraph.Ingest;

namespace PolicyGraph.Tests.Ingest;

public sealed class ArticleReaderTests
{
    private const string Headline = "晋阳湖数字经济论坛开幕 签约项目四十个";

    [Theory]
    [InlineData("utf8-article.txt")]
    [InlineData("gbk-article.txt")]
    [InlineData("bom-utf8-article.txt")]
    [InlineData("bom-utf16-article.txt")]
    public void Reads_a_text_article_in_any_supported_encoding(string file)
    {
        var document = Read(file);
        Assert.StartsWith("您所在位置：首页 >> 新闻中心 >> 本市要闻\n", document.Text, StringComparison.Ordinal);
        Assert.Contains("副市长李明远出席开幕式并致辞。", document.Text, StringComparison.Ordinal);
        Assert.Equal(new DocumentMetadata(Headline, "2024-06-25", "太原市人民政府", "太原市"), document.Metadata);
    }

    [Fact]
    public void Keeps_a_text_file_verbatim_so_offsets_count_the_file()
    {
        var document = Read("utf8-article.txt");
        Assert.Equal(File.ReadAllText(Fixtures.Path("utf8-article.txt")), document.Text);
    }

    [Fact]
    public void Records_the_sha256_of_the_bytes()
    {
        var document = Read("utf8-article.txt");
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Fixtures.Bytes("utf8-article.txt"))), document.Sha256);
    }

    [Theory]
    [InlineData("utf8-page.html")]
    [InlineData("gbk-page.html")]
    [InlineData("mislabelled-page.html")]
    public void Reads_an_html_page_in_any_declared_or_detected_encoding(string file)
    {
        var document = Read(file);
        Assert.StartsWith("合肥：“链”上发力 打造新能源汽车之都\n\n时间：2024-09-24 10:06 来源：合肥市人民政府\n\n9月23日，", document.Text, StringComparison.Ordinal);
        Assert.Contains("“首位产业”，R&D投入逐年增长。\n下一步将加快建链补链。", document.Text, StringComparison.Ordinal);
        Assert.Equal(new DocumentMetadata("合肥：“链”上发力 打造新能源汽车之都", "2024-09-24", "合肥市人民政府", "合肥市", "合肥市人民政府办公室"), document.Metadata);
    }

    [Fact]
    public void Leaves_navigation_sidebar_scripts_and_footer_out_of_a_pages_text()
    {
        var text = Read("utf8-page.html").Text;
        foreach (var chrome in new[] { "政务公开", "热点专题", "专题一", "not text", "color", "ICP备", "主办单位", "当前位置", "分享到" })
        {
            Assert.DoesNotContain(chrome, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("broken-page.html")]
    [InlineData("truncated-page.html")]
    [InlineData("truncated-gbk-article.txt")]
    public void Reads_a_damaged_file_without_failing(string file)
    {
        var document = Read(file);
        Assert.NotEmpty(document.Text);
    }

    [Theory]
    [InlineData("gbk-page.html")]
    [InlineData("utf8-page.html")]
    [InlineData("gbk-article.txt")]
    [InlineData("bom-utf16-article.txt")]
    public void Reads_every_truncation_of_a_file_without_failing(string file)
    {
        var bytes = Fixtures.Bytes(file);
        var reader = new ArticleReader();
        for (var length = 0; length <= bytes.Length; length += 7)
        {
            var result = reader.Read(file, bytes[..length]);
            Assert.True(result.Succeeded || !string.IsNullOrWhiteSpace(result.SkipReason), $"cut at {length}");
        }
    }

    [Fact]
    public void Renders_a_broken_page_with_entities_decoded()
    {
        var text = Read("broken-page.html").Text;
        Assert.Contains("未闭合的段落", text, StringComparison.Ordinal);
        Assert.Contains("&<中文", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("binary.txt", "looks binary")]
    [InlineData("empty.txt", "is empty")]
    [InlineData("blank.txt", "holds only whitespace")]
    [InlineData("undecodable.txt", "")]
    public void Skips_a_file_that_is_no_text_with_its_reason(string file, string reason)
    {
        var result = new ArticleReader().Read(new InputFile(Fixtures.Path(file), file));
        Assert.False(result.Succeeded);
        Assert.Equal(file, result.Path);
        Assert.False(string.IsNullOrWhiteSpace(result.SkipReason));
        Assert.Contains(reason, result.SkipReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Skips_an_unreadable_file_with_its_reason()
    {
        var result = new ArticleReader().Read(new InputFile(Fixtures.Path("no-such-file.txt"), "no-such-file.txt"));
        Assert.False(result.Succeeded);
        Assert.StartsWith("the file cannot be read", result.SkipReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Skips_a_page_with_no_visible_text()
    {
        var result = new ArticleReader().Read("empty.html", "<html><head><title>x</title><script>var a;</script></head><body> </body></html>"u8.ToArray());
        Assert.Equal(ArticleReader.NoVisibleTextReason, result.SkipReason);
    }

    [Fact]
    public void Reads_a_text_file_that_holds_a_web_page_as_a_page()
    {
        var result = new ArticleReader().Read("saved.txt", Fixtures.Bytes("utf8-page.html"));
        Assert.DoesNotContain("<div", result.Document!.Text, StringComparison.Ordinal);
    }

    private static SourceDocument Read(string file)
    {
        var result = new ArticleReader().Read(new InputFile(Fixtures.Path(file), file));
        Assert.True(result.Succeeded, result.SkipReason);
        return result.Document!;
    }
}
