using PolicyGraph.Export.Json;
using PolicyGraph.Extraction;
using PolicyGraph.Graph;
using PolicyGraph.Resolution;
using Xunit;
using static PolicyGraph.Tests.Resolution.Facts;

namespace PolicyGraph.Tests.Resolution;

public sealed class PersonResolutionTests
{
    [Fact]
    public void Person_seen_in_two_documents_with_the_same_organisation_is_one_node()
    {
        var a = Assemble(
            Doc("a.txt", "2024-01-02", "天津市", Person("张伟"), Org("甲科技公司", "甲科技有限公司"), Holds("张伟", "总经理", "甲科技有限公司")),
            Doc("b.txt", "2024-03-04", "北京市", Person("张伟"), Org("甲科技有限公司", "甲科技有限公司"), Holds("张伟", "董事长", "甲科技有限公司")));

        var person = Assert.Single(a.Nodes(NodeType.Person, "张伟"));
        Assert.Equal(StableId.For(NodeType.Person, "张伟"), person.Id);
        Assert.Equal(2, a.Graph.Edges.Count(e => e.Type == EdgeType.HOLDS_POSITION && e.Source == person.Id));
        var note = Assert.Single(a.Log.For(person.Id), n => n.Decision == ResolutionDecision.Merged);
        Assert.Equal(2, note.DocumentCount);
    }

    [Fact]
    public void Two_namesakes_at_unrelated_companies_stay_apart_with_distinct_stable_ids()
    {
        var a = Assemble(
            Doc("a.txt", "2024-01-02", "天津市", Person("张伟"), Holds("张伟", "总经理", "甲科技有限公司")),
            Doc("b.txt", "2024-03-04", "合肥市", Person("张伟"), Holds("张伟", "总经理", "乙食品有限公司")));

        var people = a.Nodes(NodeType.Person, "张伟");
        Assert.Equal(2, people.Select(p => p.Id).Distinct().Count());
        foreach (var p in people)
        {
            var apart = Assert.Single(a.Log.For(p.Id), n => n.Decision == ResolutionDecision.KeptApart);
            Assert.Equal(people.Single(o => o.Id != p.Id).Id, Assert.Single(apart.Related));
        }
    }

    [Fact]
    public void Namesake_ids_do_not_depend_on_document_order()
    {
        var docs = new[]
        {
            Doc("a.txt", "2024-01-02", "天津市", Person("张伟"), Holds("张伟", "总经理", "甲科技有限公司")),
            Doc("b.txt", "2024-03-04", "合肥市", Person("张伟"), Holds("张伟", "总经理", "乙食品有限公司")),
            Doc("c.txt", "2024-05-06", "天津市", Person("张伟"), Org("甲科技", "甲科技有限公司")),
        };

        Assert.Equal(Json(Assemble(docs).Graph), Json(Assemble([.. docs.Reverse()]).Graph));
    }

    [Fact]
    public void A_title_written_without_its_body_is_held_at_the_body_the_persons_other_documents_name()
    {
        // 习近平同阮富仲总书记举行会谈 assumes China's party for the title; 越共中央总书记阮富仲 elsewhere says whose it is.
        var a = Assemble(
            Doc("a.txt", "2024-01-02", "北京市", Person("阮富仲"), Holds("阮富仲", "总书记", "越南共产党中央委员会")),
            Doc("b.txt", "2024-03-04", "北京市", Person("阮富仲"), Holds("阮富仲", "总书记", "中国共产党中央委员会") with { Assumed = true }),
            Doc("c.txt", "2024-05-06", "北京市", Person("阮富仲"), Holds("阮富仲", "总书记", "越南共产党中央委员会")));

        var person = Assert.Single(a.Nodes(NodeType.Person, "阮富仲"));
        var bodies = a.Graph.Edges.Where(e => e.Type == EdgeType.HOLDS_POSITION && e.Source == person.Id).Select(e => a.Graph[e.Target].Name).ToList();
        Assert.Equal(["越南共产党中央委员会", "越南共产党中央委员会", "越南共产党中央委员会"], bodies);
        Assert.Contains(a.Log.For(person.Id), n => n.Reason.Contains("without its organisation", StringComparison.Ordinal) && n.DocumentCount == 1);
    }

    [Fact]
    public void An_assumed_national_body_stays_where_the_name_is_written_at_it_elsewhere()
    {
        // 习近平总书记 and 国家主席习近平: the name is written at a national body, so the bodies assumed for it stand, and
        // join its documents as written ones do.
        var a = Assemble(
            Doc("a.txt", "2024-01-02", "北京市", Person("习近平"), Holds("习近平", "国家主席", "中华人民共和国")),
            Doc("b.txt", "2024-03-04", "北京市", Person("习近平"), Holds("习近平", "主席", "中华人民共和国") with { Assumed = true },
                Holds("习近平", "组长", "某领导小组")),
            Doc("c.txt", "2024-05-06", "北京市", Person("习近平"), Holds("习近平", "主席", "中央军事委员会")));

        var person = Assert.Single(a.Nodes(NodeType.Person, "习近平"));
        Assert.Contains(a.Graph.Edges, e => e.Type == EdgeType.HOLDS_POSITION && e.Source == person.Id && e.Properties.GetString("title") == "主席"
            && a.Graph[e.Target].Name == "中华人民共和国");
    }

    [Fact]
    public void A_company_written_with_and_without_its_ending_is_one_organisation_for_its_people()
    {
        var a = Assemble(
            Doc("a.txt", "2024-01-02", "浙江省杭州市", Person("马云"), Holds("马云", "董事局主席", "阿里巴巴集团")),
            Doc("b.txt", "2024-03-04", "北京市", Person("马云"), Holds("马云", "董事局主席", "阿里巴巴")),
            Doc("c.txt", "2024-05-06", "北京市", Person("马云"), Holds("马云", "代表", "全国人民代表大会")));

        Assert.Equal(2, a.Nodes(NodeType.Person, "马云").Count);
        var chair = a.Graph.Edges.Where(e => e.Type == EdgeType.HOLDS_POSITION && a.Graph[e.Target].Name.StartsWith("阿里巴巴", StringComparison.Ordinal))
            .Select(e => e.Source).Distinct();
        Assert.Single(chair);
    }

    [Fact]
    public void Same_title_in_the_same_place_joins_two_documents()
    {
        var a = Assemble(
            Doc("a.txt", "2024-01-02", "江西省修水县", Person("王芳"), Holds("王芳", "县长", "修水县人民政府")),
            Doc("b.txt", "2024-02-02", "江西省修水县", Person("王芳"), Holds("王芳", "县长", "修水县政府办公室")));

        Assert.Single(a.Nodes(NodeType.Person, "王芳"));
    }

    [Fact]
    public void A_mention_without_position_joins_the_namesake_whose_organisation_its_document_names()
    {
        var a = Assemble(
            Doc("a.txt", "2024-01-02", "天津市", Person("张伟"), Holds("张伟", "总经理", "甲科技有限公司")),
            Doc("b.txt", "2024-03-04", "合肥市", Person("张伟"), Holds("张伟", "总经理", "乙食品有限公司")),
            Doc("c.txt", "2024-05-06", string.Empty, Person("张伟"), Org("乙食品", "乙食品有限公司")));

        var docC = StableId.For(NodeType.Document, "c.txt");
        var target = a.Graph.Edges.Single(e => e.Type == EdgeType.MENTIONS && e.Source == docC && e.Target.StartsWith("per_", StringComparison.Ordinal)).Target;
        var holder = a.Graph.Edges.Single(e => e.Type == EdgeType.HOLDS_POSITION && a.Graph[e.Target].Name == "乙食品有限公司").Source;
        Assert.Equal(holder, target);
    }

    [Fact]
    public void Position_edges_carry_the_document_date_and_status()
    {
        var a = Assemble(Doc("a.txt", "2023-07-01", "天津市", Person("李明"), Holds("李明", "局长", "天津市投资促进局", PositionStatus.Former)));

        var edge = Assert.Single(a.Graph.Edges, e => e.Type == EdgeType.HOLDS_POSITION);
        Assert.Equal("2023-07-01", edge.Properties.GetString("date"));
        Assert.Equal("former", edge.Properties.GetString("status"));
        Assert.Equal(StableId.For(NodeType.Document, "a.txt"), edge.Properties.GetString("document"));
    }

    private static string Json(KnowledgeGraph graph)
    {
        using var buffer = new MemoryStream();
        new JsonGraphWriter().Write(graph, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
