using PolicyGraph.Ingest.Metadata;

namespace PolicyGraph.Tests.Ingest.Metadata;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("发布时间:2024-06-25 | 来源", "2024-06-25")]
    [InlineData("2024/6/5", "2024-06-05")]
    [InlineData("2024.06.25 10:30", "2024-06-25")]
    [InlineData("2024年6月25日", "2024-06-25")]
    [InlineData("发布时间：2024年05月21日 来源", "2024-05-21")]
    [InlineData("本报太原２０２３年１１月８日电", "2023-11-08")]
    [InlineData("二〇二四年六月二十五日", "2024-06-25")]
    [InlineData("一九九七年十二月三十一日", "1997-12-31")]
    [InlineData("2024 年 6 月 25 日", "")]
    public void Reads_dates_with_a_year(string text, string iso)
    {
        var date = DateText.Find(text).FirstOrDefault(d => d.HasYear);
        Assert.Equal(iso, date.Length > 0 ? date.Iso() : string.Empty);
    }

    [Fact]
    public void Reads_a_month_and_day_without_a_year()
    {
        var date = Assert.Single(DateText.Find("新华社北京11月8日电"));
        Assert.False(date.HasYear);
        Assert.Equal("2023-11-08", date.Iso(2023));
        Assert.Equal(5, date.Start);
    }

    [Fact]
    public void Reads_a_month_and_day_in_chinese_numerals()
    {
        var date = Assert.Single(DateText.Find("本报济南十二月三十一日电"));
        Assert.Equal("1997-12-31", date.Iso(1997));
        Assert.Equal("十二月三十一日", "本报济南十二月三十一日电".Substring(date.Start, date.Length));
    }

    [Theory]
    [InlineData("十三月五日")]
    [InlineData("一月份以来")]
    [InlineData("2024-13-01")]
    [InlineData("2023年2月29日")]
    [InlineData("电话：0351-12345678")]
    [InlineData("增长2024.5%")]
    public void Ignores_what_is_no_date(string text)
    {
        Assert.DoesNotContain(DateText.Find(text), d => d.HasYear);
    }
}
