using PolicyGraph.Query;

namespace PolicyGraph.Tests.Query;

public sealed class PositionsAsOfTests
{
    private static readonly NodeRef Office = new("org_1", "Organization", "天津市发展和改革委员会");

    private static PositionRow Row(string person, string status, string date) =>
        new(new NodeRef("per_" + person, "Person", person), "主任", Office, status, date, null, null, null);

    [Fact]
    public void As_of_a_date_a_post_counts_from_its_latest_record_unless_it_is_former_or_only_designated()
    {
        PositionRow[] rows =
        [
            Row("张建华", "new", "2024-03-01"),
            Row("李国强", string.Empty, "2023-05-01"),
            Row("李国强", "former", "2024-03-01"),
            Row("赵敏", "designate", "2024-02-01"),
            Row("王伟", string.Empty, "2024-09-01"),
        ];

        var held = PositionsQuery.Finish(rows, "2024-06-30");

        Assert.Equal(["张建华"], held.Select(r => r.Person.Name));
        Assert.Equal(["李国强"], PositionsQuery.Finish(rows, "2023-12-31").Select(r => r.Person.Name));
    }
}
