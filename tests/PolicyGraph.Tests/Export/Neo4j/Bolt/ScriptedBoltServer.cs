using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using PolicyGraph.Export.Neo4j.Bolt;

namespace PolicyGraph.Tests.Export.Neo4j.Bolt;

/// <summary>What the scripted server does: its version, the account it accepts, and where it fails.</summary>
internal sealed record ServerScript
{
    public BoltVersion Version { get; init; } = new(5, 4);

    public string User { get; init; } = "neo4j";

    public string Password { get; init; } = "test-password";

    /// <summary>The explicit-transaction RUN (1-based, over all connections) answered with FAILURE.</summary>
    public int? FailDataRun { get; init; }

    public string FailCode { get; init; } = "Neo.ClientError.Schema.ConstraintValidationFailed";

    public string FailMessage { get; init; } = "Node(42) already exists with label `Person` and property `id` = 'per_1'";

    /// <summary>The explicit-transaction RUN on receipt of which the server drops the connection.</summary>
    public int? CloseOnDataRun { get; init; }

    public int ChunkSize { get; init; } = 16;

    public bool SendNoops { get; init; } = true;

    public X509Certificate2? Certificate { get; init; }
}

/// <summary>
/// A Bolt server on 127.0.0.1 (an ephemeral port) for tests, playing the server side of the specification's state
/// machine (NEGOTIATION, AUTHENTICATION, READY, STREAMING, TX_READY, TX_STREAMING, FAILED): it answers in 16-byte
/// chunks with NOOPs between messages, IGNOREs everything in FAILED until RESET, keeps MERGEd nodes and relationships
/// of committed transactions only, and records every message received and every protocol violation by the client.
/// </summary>
internal sealed partial class ScriptedBoltServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new(TimeSpan.FromSeconds(60));
    private readonly ServerScript _script;
    private readonly Task _serving;
    private int _dataRuns;

    public ScriptedBoltServer(ServerScript? script = null)
    {
        _script = script ?? new ServerScript();
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public string Uri(string scheme = "bolt") => $"{scheme}://127.0.0.1:{Port}";

    /// <summary>Every request received, by name (HELLO, LOGON, BEGIN, RUN, PULL, COMMIT, RESET, GOODBYE …).</summary>
    public ConcurrentQueue<string> Received { get; } = new();

    /// <summary>Requests the client sent in a state where the specification does not allow them.</summary>
    public ConcurrentQueue<string> Violations { get; } = new();

    /// <summary>The client's four version proposals, in hex.</summary>
    public ConcurrentQueue<string> Proposals { get; } = new();

    /// <summary>The queries of every RUN, schema and data.</summary>
    public ConcurrentQueue<string> Queries { get; } = new();

    /// <summary>Nodes (label:id) written by committed transactions.</summary>
    public ConcurrentDictionary<string, bool> Nodes { get; } = new();

    /// <summary>Relationships (type and MERGE key) written by committed transactions.</summary>
    public ConcurrentDictionary<string, bool> Relationships { get; } = new();

    /// <summary>The credentials the client sent, to prove they arrived only where they belong.</summary>
    public ConcurrentQueue<string> CredentialsSeenIn { get; } = new();

    /// <summary>Waits (at most 5 s) until <paramref name="name"/> has arrived <paramref name="times"/> times; GOODBYE has no reply to wait for.</summary>
    public async Task WaitForAsync(string name, int times = 1)
    {
        for (var waited = 0; waited < 5000 && Received.Count(m => m == name) < times; waited += 20)
        {
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException or IOException)
        {
            // Stopping the listener ends the accept loop with one of these.
        }

        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            client.NoDelay = true;
            Stream stream = client.GetStream();
            try
            {
                if (_script.Certificate is { } certificate)
                {
                    var ssl = new SslStream(stream);
                    stream = ssl;
                    await ssl.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = certificate }, _stop.Token);
                }

                await new Session(this, stream).RunAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is IOException or System.Security.Authentication.AuthenticationException or EndOfStreamException)
            {
                // The client went away or refused our certificate; serve the next connection.
            }
            finally
            {
                await stream.DisposeAsync();
            }
        }
    }
}
