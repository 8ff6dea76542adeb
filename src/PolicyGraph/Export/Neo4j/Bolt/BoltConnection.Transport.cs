using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;

namespace PolicyGraph.Export.Neo4j.Bolt;

internal sealed partial class BoltConnection
{
    private static async Task<Stream> ConnectTcpAsync(TcpClient client, BoltEndpoint endpoint, BoltOptions options, CancellationToken timeout, CancellationToken user)
    {
        try
        {
            await client.ConnectAsync(endpoint.Host, endpoint.Port, timeout).ConfigureAwait(false);
            return client.GetStream();
        }
        catch (OperationCanceledException) when (!user.IsCancellationRequested)
        {
            throw new BoltException(BoltErrorKind.Connect,
                $"Cannot connect to Neo4j at {endpoint.Address}: no answer within {options.ConnectTimeout.TotalSeconds:0} s; check the host, the port and any firewall.");
        }
        catch (SocketException ex)
        {
            var reason = ex.SocketErrorCode switch
            {
                SocketError.ConnectionRefused => "connection refused; check that Neo4j is running and that the port is its Bolt port (7687 by default)",
                SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData => "the host name is unknown; check the host in --uri",
                SocketError.TimedOut => "the connection timed out; check the host, the port and any firewall",
                _ => ex.Message.TrimEnd('.') + "; check the host and port in --uri",
            };
            throw new BoltException(BoltErrorKind.Connect, $"Cannot connect to Neo4j at {endpoint.Address}: {reason}.", inner: ex);
        }
    }

    private static async Task<Stream> SecureAsync(Stream stream, BoltEndpoint endpoint, CancellationToken timeout, CancellationToken user)
    {
        var ssl = new SslStream(stream, leaveInnerStreamOpen: false);
        var tls = new SslClientAuthenticationOptions { TargetHost = endpoint.Host };
        if (endpoint.Security == BoltSecurity.TlsSelfSigned)
        {
            // +ssc: the user chose to accept a self-signed (or otherwise untrusted) certificate; the link is still encrypted.
            tls.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        }

        try
        {
            await ssl.AuthenticateAsClientAsync(tls, timeout).ConfigureAwait(false);
            return ssl;
        }
        catch (Exception ex) when (ex is AuthenticationException or IOException || (ex is OperationCanceledException && !user.IsCancellationRequested))
        {
            await ssl.DisposeAsync().ConfigureAwait(false);
            var hint = endpoint.Security == BoltSecurity.Tls
                ? " For a self-signed certificate use bolt+ssc:// (or neo4j+ssc://); for a server without TLS use bolt://."
                : " Use bolt:// for a server without TLS.";
            throw new BoltException(BoltErrorKind.Connect,
                $"The TLS handshake with Neo4j at {endpoint.Address} failed ({ex.Message.ReplaceLineEndings(" ").TrimEnd('.')}).{hint}", inner: ex);
        }
    }

    private static async Task<BoltVersion> NegotiateAsync(Stream stream, BoltEndpoint endpoint, BoltOptions options, CancellationToken timeout, CancellationToken user)
    {
        var answer = new byte[4];
        try
        {
            await stream.WriteAsync(BoltHandshake.Request(), timeout).ConfigureAwait(false);
            await stream.FlushAsync(timeout).ConfigureAwait(false);
            await stream.ReadExactlyAsync(answer, timeout).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!user.IsCancellationRequested)
        {
            throw new BoltException(BoltErrorKind.Version,
                $"Neo4j at {endpoint.Address} did not answer the Bolt handshake within {options.ConnectTimeout.TotalSeconds:0} s; is this the Bolt port (7687), and does it need bolt+s://?");
        }
        catch (IOException ex)
        {
            throw new BoltException(BoltErrorKind.Version,
                $"The server at {endpoint.Address} closed the connection during the Bolt handshake; check that it is Neo4j's Bolt port and whether it needs bolt+s://.", inner: ex);
        }

        if (BoltHandshake.LooksLikeHttp(answer))
        {
            throw new BoltException(BoltErrorKind.Version, $"The server at {endpoint.Address} speaks HTTP, not Bolt; use Neo4j's Bolt port (7687 by default).");
        }

        if (BoltHandshake.ParseAnswer(answer) is not { } version)
        {
            throw new BoltException(BoltErrorKind.Version,
                $"Neo4j at {endpoint.Address} supports none of the Bolt versions 4.4 and 5.0-{BoltHandshake.Newest}; PolicyGraph needs Neo4j 4.4 or 5 or later.");
        }

        if (!BoltHandshake.Supported.Contains(version))
        {
            throw new BoltException(BoltErrorKind.Version, $"Neo4j at {endpoint.Address} chose Bolt {version}, which PolicyGraph did not offer.");
        }

        return version;
    }

    private async Task<BoltResponse> ReceiveAsync(CancellationToken cancellationToken)
    {
        byte[] bytes;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            timeout.CancelAfter(_options.ReadTimeout);
            try
            {
                bytes = await BoltChunking.ReadMessageAsync(_stream, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                _open = false;
                throw new BoltException(BoltErrorKind.Closed, $"Neo4j at {Endpoint.Address} did not answer within {_options.ReadTimeout.TotalSeconds:0} s.");
            }
            catch (IOException ex)
            {
                _open = false;
                var what = ex is EndOfStreamException ? "closed the connection" : $"broke the connection ({ex.Message.TrimEnd('.')})";
                throw new BoltException(BoltErrorKind.Closed, $"Neo4j at {Endpoint.Address} {what}.", inner: ex);
            }
        }

        try
        {
            if (PackStreamReader.Decode(bytes) is PackStructure { Tag: BoltMessage.Success or BoltMessage.Failure or BoltMessage.Ignored or BoltMessage.Record } message)
            {
                var metadata = message.Fields is [IReadOnlyDictionary<string, object?> map, ..] ? map : new OrderedDictionary<string, object?>();
                return new BoltResponse(message.Tag, metadata);
            }
        }
        catch (FormatException ex)
        {
            _open = false;
            throw new BoltException(BoltErrorKind.Protocol, $"Neo4j at {Endpoint.Address} sent a malformed message ({ex.Message.TrimEnd('.')}).", inner: ex);
        }

        _open = false;
        throw new BoltException(BoltErrorKind.Protocol, $"Neo4j at {Endpoint.Address} sent a message that is not a Bolt response.");
    }
}
