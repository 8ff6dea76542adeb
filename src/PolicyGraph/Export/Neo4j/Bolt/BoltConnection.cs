using System.Net.Sockets;

namespace PolicyGraph.Export.Neo4j.Bolt;

/// <summary>
/// One Bolt connection to one server (no routing): TCP, optional TLS, the handshake, HELLO/LOGON, then requests
/// that may be pipelined, each answered by one summary (SUCCESS, FAILURE or IGNORED) after any RECORDs.
/// Every error surfaces as a <see cref="BoltException"/> naming the server.
/// </summary>
internal sealed partial class BoltConnection : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly Stream _stream;
    private readonly BoltOptions _options;
    private readonly PackStreamWriter _writer = new();
    private bool _open = true;

    private BoltConnection(TcpClient client, Stream stream, BoltEndpoint endpoint, BoltOptions options, BoltVersion version)
    {
        _client = client;
        _stream = stream;
        Endpoint = endpoint;
        _options = options;
        Version = version;
    }

    /// <summary>The server.</summary>
    public BoltEndpoint Endpoint { get; }

    /// <summary>The negotiated protocol version.</summary>
    public BoltVersion Version { get; }

    /// <summary>The server's agent string from HELLO's SUCCESS (for example <c>Neo4j/5.13.0</c>).</summary>
    public string ServerAgent { get; private set; } = string.Empty;

    /// <summary>Connects, secures and negotiates a version.</summary>
    public static async Task<BoltConnection> OpenAsync(BoltEndpoint endpoint, BoltOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(options);
        var client = new TcpClient { NoDelay = true };
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.ConnectTimeout);
            Stream stream = await ConnectTcpAsync(client, endpoint, options, timeout.Token, cancellationToken).ConfigureAwait(false);
            if (endpoint.Security != BoltSecurity.None)
            {
                stream = await SecureAsync(stream, endpoint, timeout.Token, cancellationToken).ConfigureAwait(false);
            }

            var version = await NegotiateAsync(stream, endpoint, options, timeout.Token, cancellationToken).ConfigureAwait(false);
            return new BoltConnection(client, stream, endpoint, options, version);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Sends HELLO, and LOGON from 5.1, with <paramref name="credentials"/>.</summary>
    public async Task AuthenticateAsync(Neo4jCredentials credentials, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var hello = BoltMessage.HelloMessage(Version, _options.UserAgent, credentials);
        var responses = Version.UsesLogon
            ? await RequestAsync([hello, BoltMessage.LogonMessage(credentials)], cancellationToken).ConfigureAwait(false)
            : await RequestAsync([hello], cancellationToken).ConfigureAwait(false);
        if (responses.FirstOrDefault(r => r.IsFailure) is { } failure)
        {
            // A FAILURE on HELLO or LOGON ends the connection on the server side.
            _open = false;
            if (failure.Code.Contains("Security.Unauthorized", StringComparison.Ordinal))
            {
                throw new BoltException(BoltErrorKind.Unauthorized,
                    $"Neo4j refused the user name or password ({credentials.User} at {Endpoint.Address}); check --user and the password variable named by --password-env.",
                    failure.Code);
            }

            throw new BoltException(BoltErrorKind.Unauthorized,
                $"Neo4j at {Endpoint.Address} refused the connection: {failure.Code}: {failure.Message}", failure.Code);
        }

        if (responses.Any(r => !r.IsSuccess))
        {
            throw new BoltException(BoltErrorKind.Protocol, $"Neo4j at {Endpoint.Address} answered HELLO with {BoltMessage.Name(responses.First(r => !r.IsSuccess).Signature)}.");
        }

        ServerAgent = responses[0].Metadata.TryGetValue("server", out var server) && server is string s ? s : "Neo4j";
    }

    /// <summary>Sends <paramref name="requests"/> together (pipelined) and reads one summary for each, in order.</summary>
    public async Task<IReadOnlyList<BoltResponse>> RequestAsync(IReadOnlyList<PackStructure> requests, CancellationToken cancellationToken)
    {
        await SendAsync(requests, cancellationToken).ConfigureAwait(false);
        var responses = new List<BoltResponse>(requests.Count);
        foreach (var _ in requests)
        {
            responses.Add(await ReceiveSummaryAsync(cancellationToken).ConfigureAwait(false));
        }

        return responses;
    }

    /// <summary>Sends RESET after a FAILURE: the server rolls back any open transaction and is READY again.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        var reply = await RequestAsync([BoltMessage.Bare(BoltMessage.Reset)], cancellationToken).ConfigureAwait(false);
        if (!reply[0].IsSuccess)
        {
            _open = false;
            throw new BoltException(BoltErrorKind.Protocol, $"Neo4j at {Endpoint.Address} did not accept RESET ({BoltMessage.Name(reply[0].Signature)}).");
        }
    }

    /// <summary>Says GOODBYE when the connection is still usable, then closes it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_open)
        {
            _open = false;
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await SendAsync([BoltMessage.Bare(BoltMessage.Goodbye)], timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is BoltException or IOException or OperationCanceledException or ObjectDisposedException)
            {
                // The server may already be gone; GOODBYE is a courtesy.
            }
        }

        await _stream.DisposeAsync().ConfigureAwait(false);
        _client.Dispose();
    }

    private async Task SendAsync(IReadOnlyList<PackStructure> messages, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        foreach (var message in messages)
        {
            _writer.Clear();
            _writer.WriteStructure(message);
            buffer.Write(BoltChunking.Frame(_writer.Written.Span, _options.ChunkSize));
        }

        try
        {
            await _stream.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken).ConfigureAwait(false);
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            _open = false;
            throw new BoltException(BoltErrorKind.Closed, $"Neo4j at {Endpoint.Address} closed the connection ({ex.Message.TrimEnd('.')}).", inner: ex);
        }
    }

    private async Task<BoltResponse> ReceiveSummaryAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var response = await ReceiveAsync(cancellationToken).ConfigureAwait(false);
            if (response.Signature != BoltMessage.Record)
            {
                return response;
            }
        }
    }
}
