using System.Globalization;

namespace PolicyGraph.Export.Neo4j.Bolt;

/// <summary>How to secure the connection.</summary>
public enum BoltSecurity
{
    /// <summary>Plain TCP (<c>bolt://</c>, <c>neo4j://</c>).</summary>
    None,

    /// <summary>TLS, certificate checked against the system trust store (<c>+s</c>).</summary>
    Tls,

    /// <summary>TLS accepting any certificate, for self-signed ones (<c>+ssc</c>).</summary>
    TlsSelfSigned,
}

/// <summary>
/// A Neo4j server address parsed from a URI: <c>bolt</c>, <c>bolt+s</c>, <c>bolt+ssc</c> and the same for
/// <c>neo4j</c>, which is treated as a direct connection to the given host (no routing table is fetched).
/// </summary>
/// <param name="Host">The host name or address.</param>
/// <param name="Port">The port (7687 when the URI gives none).</param>
/// <param name="Security">TLS or not.</param>
public sealed record BoltEndpoint(string Host, int Port, BoltSecurity Security)
{
    /// <summary>The default Bolt port.</summary>
    public const int DefaultPort = 7687;

    /// <summary><c>host:port</c>, as messages name the server.</summary>
    public string Address => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port.ToString(CultureInfo.InvariantCulture)}" : $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Parses <paramref name="uri"/>; on failure <paramref name="error"/> says what would be valid.</summary>
    public static bool TryParse(string uri, out BoltEndpoint endpoint, out string error)
    {
        ArgumentNullException.ThrowIfNull(uri);
        endpoint = new BoltEndpoint("localhost", DefaultPort, BoltSecurity.None);
        error = string.Empty;
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || string.IsNullOrEmpty(parsed.Host))
        {
            error = $"{Shown(uri)} is not a Neo4j URI; use bolt://HOST:7687 (or bolt+s://, bolt+ssc://, neo4j://).";
            return false;
        }

        BoltSecurity? security = parsed.Scheme switch
        {
            "bolt" or "neo4j" => BoltSecurity.None,
            "bolt+s" or "neo4j+s" => BoltSecurity.Tls,
            "bolt+ssc" or "neo4j+ssc" => BoltSecurity.TlsSelfSigned,
            _ => null,
        };
        if (security is null)
        {
            error = $"The scheme '{parsed.Scheme}' of {Shown(uri)} is not supported; use bolt, bolt+s, bolt+ssc, neo4j, neo4j+s or neo4j+ssc.";
            return false;
        }

        if (!string.IsNullOrEmpty(parsed.UserInfo))
        {
            error = $"The URI must not carry a user name or password; pass --user and --password-env instead.";
            return false;
        }

        endpoint = new BoltEndpoint(parsed.IdnHost.Trim('[', ']'), parsed.IsDefaultPort || parsed.Port < 0 ? DefaultPort : parsed.Port, security.Value);
        return true;
    }

    // A URI with user information may hold a password, which must never be echoed.
    private static string Shown(string uri) => uri.Contains('@', StringComparison.Ordinal) ? "the --uri value" : $"'{uri}'";
}
