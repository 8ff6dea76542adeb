using System.CommandLine;
using System.Globalization;
using PolicyGraph.Query;

namespace PolicyGraph.Cli.Commands.Query;

/// <summary><c>query entity NAME</c>.</summary>
internal sealed class EntitySubcommand : Command
{
    private readonly Argument<string> _name = new("name") { Description = "A name or alias (exact first, then fuzzy)." };

    public EntitySubcommand(QueryOptions options)
        : base("entity", "Show an entity: type, aliases, positions, statements, mentions and neighbours by relation.")
    {
        Arguments.Add(_name);
        SetAction(parse => options.Run(
            parse,
            ix => (ix.Entity(parse.GetValue(_name)!, parse.GetValue(options.Json) ? null : ShownStatements), "query index"),
            (g, l) => new EntityQuery(g, l).Run(parse.GetValue(_name)!),
            Write));
    }

    // The human view is an overview: positions folded per post, the latest statements, the first neighbours of each
    // relation; `--json` and the positions / said / neighbors queries give every row.
    private const int ShownStatements = EntityQuery.Overview;
    private const int ShownNeighbours = 30;

    private static void Write(EntityReport r, TextWriter output)
    {
        output.Write($"{r.Entity.Name}  {r.Entity.Type}  {r.Entity.Id}\n");
        if (r.Match != "name")
        {
            output.Write($"matched by {r.Match}\n");
        }

        if (r.AlsoMatches.Count > 0)
        {
            output.Write("the name also matches: " + string.Join(", ", r.AlsoMatches.Select(QueryText.Name)) + "\n");
        }

        if (r.Aliases.Count > 0)
        {
            output.Write("aliases: " + string.Join("、", r.Aliases) + "\n");
        }

        foreach (var (key, value) in r.Properties)
        {
            output.Write($"{key}: {value}\n");
        }

        output.Write(string.Create(CultureInfo.InvariantCulture, $"mentioned {r.Mentions} times in {r.Documents} documents\n"));
        if (r.Positions.Count > 0)
        {
            QueryText.Heading(output, "Positions");
            QueryText.PositionSummary(output, r.Positions);
        }

        if (r.Statements.Count > 0)
        {
            QueryText.Heading(output, "Statements");
            var latest = r.Statements.OrderByDescending(st => st.Date, StringComparer.Ordinal).Take(ShownStatements).ToList();
            QueryText.Statements(output, latest);
            QueryText.More(output, latest.Count, r.AllStatements, $"policygraph query said --by {r.Entity.Name}");
        }

        if (r.Neighbours.Count > 0)
        {
            QueryText.Heading(output, "Neighbours");
            foreach (var g in r.Neighbours)
            {
                var arrow = g.Direction == "out" ? g.Relation + "→" : "←" + g.Relation;
                output.Write($"{arrow} ({g.Nodes.Count}): {string.Join(", ", g.Nodes.Take(ShownNeighbours).Select(n => n.Name))}");
                output.Write(g.Nodes.Count > ShownNeighbours ? FormattableString.Invariant($", … {g.Nodes.Count - ShownNeighbours} more\n") : "\n");
            }
        }
    }
}
