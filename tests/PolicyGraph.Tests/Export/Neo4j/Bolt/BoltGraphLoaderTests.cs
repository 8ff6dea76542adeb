using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using PolicyGraph.Export.Neo4j;
using PolicyGraph.Export.Neo4j.Bolt;

namespace PolicyGraph.Tests.Export.Neo4j.Bolt;

public sealed class BoltGraphLoaderTests
{
    private const string Password = "test-password";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private static readonly BoltOptions Fast = new() { ConnectTimeout = TimeSpan.FromSeconds(5), ReadTimeout = TimeSpan.FromSeconds(5), ChunkSize = 16 };

    private static Task<LoadResult> LoadAsync(string uri, string password = Password, int batchSize = 2)
    {
        Assert.True(BoltEndpoint.TryParse(uri, out var endpoint, out var error), error);
        var plan = new LoadPlanner(batchSize).Plan(Neo4jSampleGraph.Create());
        var loader = new BoltGraphLoader(endpoint, new Neo4jCredentials("neo4j", password), "neo4j", Fast);
        return loader.LoadAsync(plan, null, CancellationToken.None).WaitAsync(Limit);
    }

    [Fact]
    public async Task Loads_the_whole_graph_with_constraints_first_and_one_transaction_per_batch()
    {
        await using var server = new ScriptedBoltServer();
        var result = await LoadAsync(server.Uri(), batchSize: 1000);
        await server.WaitForAsync("GOODBYE");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal((11L, 13L, 11L, 13L), (result.NodesWritten, result.RelationshipsWritten, result.NodesCreated, result.RelationshipsCreated));
        Assert.Equal(11, server.Nodes.Count);
        Assert.Equal(13, server.Relationships.Count);
        Assert.Empty(server.Violations);
        Assert.Equal(["00080805", "00000404", "00000000", "00000000"], server.Proposals);
        Assert.Equal(["LOGON"], server.CredentialsSeenIn);
        var received = server.Received.ToList();
        var schema = Enumerable.Repeat(new[] { "RUN", "PULL" }, 14).SelectMany(x => x);
        var batches = Enumerable.Repeat(new[] { "BEGIN", "RUN", "PULL", "COMMIT" }, 18).SelectMany(x => x);
        Assert.Equal(["HELLO", "LOGON", .. schema, .. batches, "GOODBYE"], received);
        Assert.All(server.Queries.Take(7), q => Assert.StartsWith("CREATE CONSTRAINT ", q, StringComparison.Ordinal));
        Assert.All(server.Queries.Skip(7).Take(7), q => Assert.StartsWith("CREATE INDEX ", q, StringComparison.Ordinal));
        Assert.Contains("Neo4j/5.26.0, Bolt 5.4", result.Server, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_push_updates_instead_of_duplicating()
    {
        await using var server = new ScriptedBoltServer();
        Assert.True((await LoadAsync(server.Uri())).Succeeded);
        var again = await LoadAsync(server.Uri());

        Assert.True(again.Succeeded, again.Error);
        Assert.Equal((11L, 0L, 0L), (again.NodesWritten, again.NodesCreated, again.RelationshipsCreated));
        Assert.Equal(11, server.Nodes.Count);
        Assert.Equal(13, server.Relationships.Count);
    }

    [Fact]
    public async Task Speaks_bolt_4_4_with_the_credentials_in_hello()
    {
        await using var server = new ScriptedBoltServer(new ServerScript { Version = new BoltVersion(4, 4) });
        var result = await LoadAsync(server.Uri());

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(["HELLO"], server.CredentialsSeenIn);
        Assert.DoesNotContain("LOGON", server.Received);
        Assert.Empty(server.Violations);
    }

    [Theory]
    [InlineData(5, 4)]
    [InlineData(5, 7)]
    [InlineData(5, 0)]
    public async Task A_failure_mid_load_is_reset_named_with_batch_code_and_message_and_a_rerun_completes(int major, int minor)
    {
        await using var server = new ScriptedBoltServer(new ServerScript { Version = new BoltVersion(major, minor), FailDataRun = 3 });
        var result = await LoadAsync(server.Uri());

        Assert.False(result.Succeeded);
        Assert.Equal(
            "Batch 3 of 18 (Organization nodes 1-2) failed and was rolled back: Neo.ClientError.Schema.ConstraintValidationFailed: "
            + "Node(42) already exists with label `Person` and property `id` = 'per_1'. Batches 1-2 are committed; fix the cause and run push again to complete the load.",
            result.Error);
        Assert.Equal(2, result.BatchesCommitted);
        Assert.Equal(4, server.Nodes.Count);
        await server.WaitForAsync("GOODBYE");
        var received = server.Received.ToList();
        var failedRun = received.FindIndex(m => m == "RESET");
        Assert.Equal(["BEGIN", "RUN", "PULL", "RESET", "GOODBYE"], received[(failedRun - 3)..]);
        Assert.Empty(server.Violations);

        var rerun = await LoadAsync(server.Uri());
        Assert.True(rerun.Succeeded, rerun.Error);
        Assert.Equal(11, server.Nodes.Count);
        Assert.Equal(7L, rerun.NodesCreated);
    }

    [Fact]
    public async Task Retries_a_batch_after_a_transient_error()
    {
        await using var server = new ScriptedBoltServer(new ServerScript { FailDataRun = 1, FailCode = "Neo.TransientError.Transaction.DeadlockDetected", FailMessage = "deadlock" });
        var result = await LoadAsync(server.Uri());

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("RESET", server.Received);
        Assert.Equal(11, server.Nodes.Count);
    }

    [Theory]
    [InlineData(5, 4)]
    [InlineData(4, 4)]
    public async Task Wrong_credentials_give_one_clear_line_without_the_password(int major, int minor)
    {
        await using var server = new ScriptedBoltServer(new ServerScript { Version = new BoltVersion(major, minor) });
        var result = await LoadAsync(server.Uri(), password: "wrong-secret-42");

        Assert.False(result.Succeeded);
        Assert.StartsWith("Neo4j refused the user name or password (neo4j at 127.0.0.1:", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret-42", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error!);
        Assert.DoesNotContain("BEGIN", server.Received);
    }

    [Fact]
    public async Task A_server_that_closes_mid_batch_is_reported_with_the_batch()
    {
        await using var server = new ScriptedBoltServer(new ServerScript { CloseOnDataRun = 2 });
        var result = await LoadAsync(server.Uri());

        Assert.False(result.Succeeded);
        Assert.Equal(
            $"Neo4j at 127.0.0.1:{server.Port} closed the connection during batch 2 of 18 (Person nodes 1-2). Batch 1 is committed; run push again to complete the load.",
            result.Error);
        Assert.Equal(2, server.Nodes.Count);
    }

    [Fact]
    public async Task A_cancelled_push_stops_after_the_current_batch_and_says_so()
    {
        await using var server = new ScriptedBoltServer();
        Assert.True(BoltEndpoint.TryParse(server.Uri(), out var endpoint, out _));
        using var cancel = new CancellationTokenSource();
        var loader = new BoltGraphLoader(endpoint, new Neo4jCredentials("neo4j", Password), "neo4j", Fast);
        var progress = new Reporter(p =>
        {
            if (p.Batch == 3)
            {
                cancel.Cancel();
            }
        });

        var result = await loader.LoadAsync(new LoadPlanner(2).Plan(Neo4jSampleGraph.Create()), progress, cancel.Token).WaitAsync(Limit);

        Assert.False(result.Succeeded);
        Assert.Contains("cancelled", result.Error, StringComparison.Ordinal);
        Assert.Contains("run push again", result.Error, StringComparison.Ordinal);
        Assert.Equal(3, result.BatchesCommitted);
        Assert.Empty(server.Violations);
    }

    [Fact]
    public async Task A_refused_connection_names_the_host_and_port()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        var result = await LoadAsync($"bolt://127.0.0.1:{port}");

        Assert.Equal($"Cannot connect to Neo4j at 127.0.0.1:{port}: connection refused; check that Neo4j is running and that the port is its Bolt port (7687 by default).", result.Error);
    }

    [Fact]
    public async Task A_server_that_never_answers_the_handshake_times_out_naming_host_and_port()
    {
        var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        try
        {
            var port = ((IPEndPoint)silent.LocalEndpoint).Port;
            Assert.True(BoltEndpoint.TryParse($"bolt://127.0.0.1:{port}", out var endpoint, out _));
            var options = Fast with { ConnectTimeout = TimeSpan.FromSeconds(1) };
            var loader = new BoltGraphLoader(endpoint, new Neo4jCredentials("neo4j", Password), "neo4j", options);
            var result = await loader.LoadAsync(new LoadPlanner().Plan(Neo4jSampleGraph.Create()), null, CancellationToken.None).WaitAsync(Limit);

            Assert.Equal($"Neo4j at 127.0.0.1:{port} did not answer the Bolt handshake within 1 s; is this the Bolt port (7687), and does it need bolt+s://?", result.Error);
        }
        finally
        {
            silent.Stop();
        }
    }

    [Fact]
    public async Task A_server_without_a_common_version_is_refused_in_one_line()
    {
        await using var server = new ScriptedBoltServer(new ServerScript { Version = new BoltVersion(3, 0) });
        var result = await LoadAsync(server.Uri());

        Assert.Equal($"Neo4j at 127.0.0.1:{server.Port} supports none of the Bolt versions 4.4 and 5.0-5.8; PolicyGraph needs Neo4j 4.4 or 5 or later.", result.Error);
    }

    [Fact]
    public async Task Bolt_ssc_accepts_a_self_signed_certificate_and_bolt_s_does_not()
    {
        using var certificate = SelfSigned();
        await using var server = new ScriptedBoltServer(new ServerScript { Certificate = certificate });

        var trusted = await LoadAsync(server.Uri("bolt+s"));
        Assert.False(trusted.Succeeded);
        Assert.StartsWith($"The TLS handshake with Neo4j at 127.0.0.1:{server.Port} failed", trusted.Error, StringComparison.Ordinal);
        Assert.Contains("bolt+ssc://", trusted.Error, StringComparison.Ordinal);

        var selfSigned = await LoadAsync(server.Uri("neo4j+ssc"));
        Assert.True(selfSigned.Succeeded, selfSigned.Error);
        Assert.Equal(11, server.Nodes.Count);
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    private sealed class Reporter(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
