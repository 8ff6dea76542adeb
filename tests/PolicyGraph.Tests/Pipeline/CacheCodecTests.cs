using System.Reflection;
using PolicyGraph.Extraction;
using PolicyGraph.Ingest;
using PolicyGraph.Pipeline.Cache;
using PolicyGraph.Text;

namespace PolicyGraph.Tests.Pipeline;

public sealed class CacheCodecTests
{
    [Fact]
    public void The_cache_stores_every_member_of_the_document_and_fact_records()
    {
        Type[] records =
        [
            typeof(SourceDocument), typeof(DocumentMetadata), typeof(DocumentExtraction), typeof(Mention), typeof(PositionFact),
            typeof(Speaker), typeof(StatementFact), typeof(PartOfFact), typeof(LocatedInFact), typeof(TextSpan),
        ];
        var members = records.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite || t.GetConstructors().Any(c => c.GetParameters().Any(a => a.Name == p.Name)))
            .Select(p => t.Name + "." + p.Name)).ToHashSet(StringComparer.Ordinal);

        // A member added to a record must be added to CacheCodec too, or cached builds would lose it.
        Assert.Equal(members.Order(StringComparer.Ordinal), CacheCodec.Members.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_entry_reads_back_equal()
    {
        var doc = new SourceDocument("2024/20240103.txt#2", new string('a', 64), string.Empty, new DocumentMetadata("李强在湖北调研", "2024-01-03", "新闻联播", "湖北省"), [new TextSpan(0, 4)]);
        var extraction = new DocumentExtraction(
            [new Mention(MentionType.Person, new TextSpan(20, 22), "李强", "李强"), new Mention(MentionType.Event, new TextSpan(30, 40), "2024世界智能产业博览会", "2024世界智能产业博览会", Date: "2024-06-20")],
            [new PositionFact("李强", new TextSpan(20, 22), "总理", "国务院", "government", PositionStatus.Current, new TextSpan(15, 22))],
            [new StatementFact(new Speaker(MentionType.Organization, "湖北省人民政府", "government"), "表示", StatementMode.Indirect, new TextSpan(50, 80), "要加快发展", [new TextSpan(60, 65)])],
            [new PartOfFact("国务院办公厅", "国务院", null), new PartOfFact("甲分公司", "甲公司", new TextSpan(1, 5))],
            [new LocatedInFact("湖北省人民政府", "湖北省")]);

        var back = CacheCodec.Decode(CacheCodec.Encode(new CacheEntry("k", [new CachedDocument(doc, 123, extraction)])));

        var d = Assert.Single(back.Documents);
        Assert.Equal("k", back.Key);
        Assert.Equal(doc with { Chrome = d.Document.Chrome }, d.Document);
        Assert.Equal(doc.Chrome, d.Document.Chrome);
        Assert.Equal(123, d.Characters);
        Assert.Equal(extraction.Mentions, d.Extraction.Mentions);
        Assert.Equal(extraction.Positions, d.Extraction.Positions);
        Assert.Equal(extraction.PartOf, d.Extraction.PartOf);
        Assert.Equal(extraction.LocatedIn, d.Extraction.LocatedIn);
        var s = Assert.Single(d.Extraction.Statements);
        Assert.Equal(extraction.Statements[0] with { Content = s.Content }, s);
        Assert.Equal(extraction.Statements[0].Content, s.Content);
    }
}
