using System.CommandLine;
using System.Globalization;
using System.Text;
using PolicyGraph.Export.Neo4j;
using PolicyGraph.Export.Neo4j.Bolt;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// <c>policygraph push --uri bolt://HOST:7687 [--user U] [--password-env VAR] [--database DB] [--batch-size N] [--graph G]</c>:
/// loads a built graph into a running Neo4j over Bolt. The password is read only from an environment variable
/// (or typed at a terminal prompt) and never printed.
/// </summary>
internal sealed class PushCommand : Command
{
    private readonly Option<string> _uri = new("--uri")
    {
        Description = "The Neo4j server: bolt://HOST:7687, bolt+s:// (TLS, system trust), bolt+ssc:// (TLS, self-signed accepted). "
            + "neo4j://, neo4j+s:// and neo4j+ssc:// connect directly to that host too: no routing table is fetched, so name a server that accepts writes.",
        Required = true,
    };

    private readonly Option<string> _user = new("--user") { Description = "The user name.", DefaultValueFactory = _ => "neo4j" };

    private readonly Option<string> _passwordEnv = new("--password-env")
    {
        Description = "The environment variable holding the password (never pass it as an argument).",
        DefaultValueFactory = _ => "NEO4J_PASSWORD",
    };

    private readonly Option<string> _database = new("--database") { Description = "The database to load into.", DefaultValueFactory = _ => "neo4j" };

    private readonly Option<int> _batchSize = new("--batch-size")
    {
        Description = "Rows per transaction.",
        DefaultValueFactory = _ => LoadPlanner.DefaultBatchSize,
    };

    private readonly Option<string> _graph = GraphOption.Create();

    public PushCommand()
        : base("push", "Load a built graph into a running Neo4j 5 (or 4.4) over Bolt; a re-push updates the nodes and relationships instead of duplicating them.")
    {
        Options.Add(_uri);
        Options.Add(_user);
        Options.Add(_passwordEnv);
        Options.Add(_database);
        Options.Add(_batchSize);
        Options.Add(_graph);
        _batchSize.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--batch-size must be at least 1.");
            }
        });
        SetAction(ExecuteAsync);
    }

    /// <summary>Bolt timeouts; tests shorten them.</summary>
    internal BoltOptions BoltOptions { get; init; } = new();

    private async Task<int> ExecuteAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        if (!BoltEndpoint.TryParse(parse.GetValue(_uri)!, out var endpoint, out var uriError))
        {
            await error.WriteLineAsync("policygraph: " + uriError).ConfigureAwait(false);
            return CommandLine.UsageError;
        }

        var user = parse.GetValue(_user)!;
        var variable = parse.GetValue(_passwordEnv)!;
        if (ReadPassword(variable, user, endpoint) is not { } password)
        {
            await error.WriteLineAsync($"policygraph: the environment variable {variable} holding the Neo4j password is not set; set it (export {variable}=...) or name another with --password-env.").ConfigureAwait(false);
            return CommandLine.Failed;
        }

        if (GraphOption.Read(parse.GetValue(_graph)!, error) is not { } graph)
        {
            return CommandLine.Failed;
        }

        var database = parse.GetValue(_database)!;
        var plan = new LoadPlanner(parse.GetValue(_batchSize)).Plan(graph);
        await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Pushing {plan.NodeCount} nodes and {plan.RelationshipCount} relationships in {plan.Batches.Count} batches to database '{database}' at {endpoint.Address}.")).ConfigureAwait(false);
        var loader = new BoltGraphLoader(endpoint, new Neo4jCredentials(user, password), database, BoltOptions);
        var progress = new SyncProgress(p => error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{p.Batch}/{p.BatchCount}] {p.Description}")));
        var result = await loader.LoadAsync(plan, progress, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            await error.WriteLineAsync("policygraph: " + result.Error).ConfigureAwait(false);
            return CommandLine.Failed;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Pushed {result.NodesWritten} nodes and {result.RelationshipsWritten} relationships to database '{database}' at {endpoint.Address} ({result.Server}) in {result.BatchesCommitted} batches; "
            + $"{result.NodesCreated} nodes and {result.RelationshipsCreated} relationships were new.")).ConfigureAwait(false);
        return CommandLine.Done;
    }

    private static string? ReadPassword(string variable, string user, BoltEndpoint endpoint)
    {
        if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } fromEnvironment)
        {
            return fromEnvironment;
        }

        if (Console.IsInputRedirected || Console.IsErrorRedirected)
        {
            return null;
        }

        Console.Error.Write($"Neo4j password for {user} at {endpoint.Address} (from ${variable} when set): ");
        var typed = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return typed.Length > 0 ? typed.ToString() : null;
    }

    // Progress<T> posts to the thread pool, which would interleave with the final lines; this reports in order.
    private sealed class SyncProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
