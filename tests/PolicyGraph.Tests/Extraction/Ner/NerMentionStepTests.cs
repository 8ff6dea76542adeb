using PolicyGraph.Extraction;
using PolicyGraph.Extraction.Ner;
using PolicyGraph.Ingest;
using PolicyGraph.Text;
using Xunit;

namespace PolicyGraph.Tests.Extraction.Ner;

public sealed class NerMentionStepTests
{
    private const string Text = "责任编辑：张明\n外交部发言人华春莹在例行记者会上回答了提问。";

    [Fact]
    public void Adds_mentions_with_text_and_canonical_as_printed()
    {
        var context = new ExtractionContext(new SourceDocument("a.txt", string.Empty, Text, DocumentMetadata.Unknown, []));

        new NerMentionStep().Run(context);

        Assert.Contains(new Mention(MentionType.Person, new TextSpan(14, 17), "华春莹", "华春莹"), context.Mentions);
        Assert.Contains(new Mention(MentionType.Organization, new TextSpan(8, 11), "外交部", "外交部", "government"), context.Mentions);
    }

    [Fact]
    public void Skips_spans_in_page_chrome()
    {
        var context = new ExtractionContext(new SourceDocument("a.txt", string.Empty, Text, DocumentMetadata.Unknown, [new TextSpan(0, 7)]));

        new NerMentionStep().Run(context);

        Assert.DoesNotContain(context.Mentions, m => m.Span.Start < 7);
        Assert.Contains(context.Mentions, m => m.Text == "华春莹");
    }

    [Fact]
    public void The_default_pipeline_runs_the_tagger()
    {
        var result = DocumentExtractor.CreateDefault().Extract(new SourceDocument("a.txt", string.Empty, Text, DocumentMetadata.Unknown, []));

        Assert.Contains(result.Mentions, m => m.Type == MentionType.Person && m.Text == "华春莹");
    }
}
