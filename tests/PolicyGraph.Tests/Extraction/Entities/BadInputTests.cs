using System.Text;
using PolicyGraph.Extraction;

namespace PolicyGraph.Tests.Extraction.Entities;

/// <summary>
/// Bad input through the entity steps (this folder's code, the model merge included): never an exception, and
/// a megabyte finishes well inside a generous hang guard.
/// </summary>
public sealed class BadInputTests
{
    // A hang guard, not a speed check: quadratic work on a megabyte would take hours, linear work seconds.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(90);

    private const string Genre =
        "市政府副秘书长市投资促进局党组书记局长杨柳表示天津港集团副总裁杨杰敏表示云账户天津共享经济信息咨询有限公司董事长杨晖表示" +
        "天津自贸试验区管委会办公室副主任唐中赋表示一汽大众汽车有限公司天津分公司总经理高解放倍受鼓舞市委市政府十项行动省工信厅有关负责人";

    public static TheoryData<string, string> Inputs() => new()
    {
        { "no Chinese", "The quick brown fox jumps over the lazy dog. 2024-06-25 | https://example.org/a?b=c" },
        { "unpaired quotes", "“习近平主席的贺信为我们指明方向。市科协党组成员、副主席罗进飞表示，“‘未来已来”" },
        { "mixed scripts", "CEO张三表示AI将改变一切；Привет 市长李四 مرحبا 董事长王五說：「好」🙂𠀀𠀁" },
        { "only punctuation", "，。、；：“”‘’（）《》—…·" },
        { "dots", "·艾尔肯··吐尔逊·" },
        { "empty", string.Empty },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Odd_input_never_throws(string label, string text)
    {
        _ = label;
        var extraction = Extract.From(text, "天津市");

        Assert.All(extraction.Mentions, m => Assert.Equal(m.Text, m.Span.Of(text)));
    }

    [Fact]
    public void A_megabyte_of_genre_text_without_punctuation_finishes()
    {
        var text = Repeat(Genre, 1 << 20);

        var extraction = RunGuarded(text);

        Assert.NotEmpty(extraction.Mentions);
    }

    [Fact]
    public void A_quarter_megabyte_of_random_Han_characters_finishes()
    {
        var random = new Random(7);
        var builder = new StringBuilder(1 << 18);
        while (builder.Length < 1 << 18)
        {
            builder.Append((char)random.Next(0x4E00, 0x9FA5));
        }

        RunGuarded(builder.ToString());
    }

    [Fact]
    public void Long_runs_of_one_word_finish()
    {
        RunGuarded(new string('局', 1 << 18));
        RunGuarded(Repeat("有限公司", 1 << 18));
        RunGuarded(Repeat("局长", 1 << 18));
    }

    private static DocumentExtraction RunGuarded(string text)
    {
        var task = Task.Run(() => Extract.EntitiesOnly(text, "天津市"));
        Assert.True(task.Wait(HangGuard), $"Extraction of {text.Length} characters did not finish in {HangGuard.TotalSeconds} s.");
        return task.Result;
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }
}
