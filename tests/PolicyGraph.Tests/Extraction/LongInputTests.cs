using System.Text;
using PolicyGraph.Extraction;
using PolicyGraph.Extraction.Events;
using PolicyGraph.Extraction.Initiatives;
using PolicyGraph.Extraction.Statements;

namespace PolicyGraph.Tests.Extraction;

/// <summary>The statement, initiative and event steps stay linear on long, dense, oddly shaped input.</summary>
public sealed class LongInputTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(180);

    private const string Dense =
        "“贺信为我们指明方向。”局长王海表示，要加快实施自贸试验区提升行动。他说：“推进“十项行动”“三新”" +
        "2024世界智能产业博览会本届智博会省工信厅有关负责人介绍该局局长表示据王海介绍京津冀协同发展战略";

    [Fact]
    public async Task Half_a_megabyte_of_speech_in_one_paragraph_finishes()
    {
        var text = Repeat(Dense, 1 << 19);
        var context = ContextBuilder.With(text, ["王海"], [("省工信厅", "山东省工业和信息化厅")]);

        var task = Task.Run(() =>
        {
            new EventStep().Run(context);
            new InitiativeStep().Run(context);
            new StatementStep().Run(context);
        });

        var finished = await Task.WhenAny(task, Task.Delay(HangGuard));
        Assert.True(finished == task, $"The steps did not finish {text.Length} characters in {HangGuard.TotalSeconds} s.");
        await task;
        Assert.NotEmpty(context.Statements);
        Assert.Contains(context.Mentions, m => m.Type == MentionType.Initiative);
        Assert.Contains(context.Mentions, m => m.Type == MentionType.Event);
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString();
    }
}
