using System.Text;
using PolicyGraph.Ingest;

namespace PolicyGraph.Tests.Ingest;

public sealed class TextDecoderTests
{
    private const string Sentence = "副市长李明远出席开幕式并致辞，推动数字经济和实体经济深度融合。";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Decodes_gbk_without_any_declaration()
    {
        var decoded = TextDecoder.Decode(Encoding.GetEncoding("gbk").GetBytes(Sentence), html: false);
        Assert.Equal(Sentence, decoded.Text);
        Assert.Equal("gb18030", decoded.How);
    }

    [Fact]
    public void Follows_an_html_charset_declaration()
    {
        var page = "<html><head><meta charset=\"gb2312\"></head><body>" + Sentence + "</body></html>";
        var decoded = TextDecoder.Decode(Encoding.GetEncoding("gbk").GetBytes(page), html: true);
        Assert.Equal(page, decoded.Text);
        Assert.Equal("declared", decoded.How);
    }

    [Fact]
    public void Follows_an_http_equiv_content_type()
    {
        var page = "<html><head><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=GBK'></head><body>" + Sentence + "</body></html>";
        Assert.Equal("gbk", CharsetSniffer.Declared(Encoding.GetEncoding("gbk").GetBytes(page))?.ToLowerInvariant());
    }

    [Fact]
    public void Trusts_valid_utf8_over_a_wrong_declaration()
    {
        var page = "<meta charset=\"gbk\"><p>" + Sentence + "</p>";
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(page), html: true);
        Assert.Equal(page, decoded.Text);
    }

    public static TheoryData<string, byte[]> Boms => new()
    {
        { "UTF-8", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sentence)] },
        { "UTF-16 little-endian", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sentence)] },
        { "UTF-16 big-endian", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sentence)] },
    };

    [Theory]
    [MemberData(nameof(Boms))]
    public void Decodes_a_byte_order_mark_and_drops_it(string encoding, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes, html: false);
        Assert.True(Sentence == decoded.Text, encoding);
        Assert.Equal("bom", decoded.How);
    }

    [Fact]
    public void Keeps_a_truncated_utf8_file_as_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Sentence + Sentence);
        var decoded = TextDecoder.Decode(bytes.AsSpan(0, bytes.Length - 1), html: false);
        Assert.StartsWith(Sentence, decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Skips_nul_bytes_as_binary()
    {
        Assert.Equal(TextDecoder.BinaryReason, TextDecoder.Decode("abc\0def"u8, html: false).SkipReason);
    }

    [Fact]
    public void Skips_control_characters_as_binary()
    {
        Assert.Equal(TextDecoder.ControlReason, TextDecoder.Decode("\u0001\u0002\u0003\u0004abc"u8, html: false).SkipReason);
    }

    [Fact]
    public void Random_html_never_throws()
    {
        string[] pieces = ["<p>", "</p>", "<div class=\"nav\">", "</div>", "<h1>", "<br>", "<table><tr><td>", "&amp;", "&#x4e2d;", "&nbsp;",
            "<script>", "<!--", "发布时间：2024年6月25日", "来源：天津政务网", "本报太原讯", "　　", "\n", "<", ">", "\"", "正文内容，", "<meta charset=gbk>"];
        var random = new Random(7);
        var reader = new ArticleReader();
        for (var i = 0; i < 300; i++)
        {
            var page = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            var result = reader.Read("random.html", Encoding.UTF8.GetBytes(page));
            Assert.True(result.Succeeded || !string.IsNullOrWhiteSpace(result.SkipReason));
        }
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(20240625);
        var reader = new ArticleReader();
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 600)];
            random.NextBytes(bytes);
            var name = i % 2 == 0 ? "random.html" : "random.txt";
            var result = reader.Read(name, bytes);
            Assert.True(result.Succeeded || !string.IsNullOrWhiteSpace(result.SkipReason));
        }
    }
}
