namespace PolicyGraph.Export.Neo4j.Bolt;

/// <summary>Why a Bolt conversation failed, so the loader can say what to do.</summary>
internal enum BoltErrorKind
{
    /// <summary>The TCP connection or TLS could not be set up.</summary>
    Connect,

    /// <summary>The server speaks none of our protocol versions, or not Bolt at all.</summary>
    Version,

    /// <summary>The server refused the credentials.</summary>
    Unauthorized,

    /// <summary>The server answered a request with FAILURE.</summary>
    Failure,

    /// <summary>The server closed the connection, or did not answer in time.</summary>
    Closed,

    /// <summary>The server broke the protocol.</summary>
    Protocol,
}

/// <summary>A failed Bolt conversation; <see cref="Exception.Message"/> is one line and never holds the password.</summary>
internal sealed class BoltException : Exception
{
    public BoltException(BoltErrorKind kind, string message, string? code = null, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
        Code = code;
    }

    public BoltException()
    {
    }

    public BoltException(string message)
        : base(message)
    {
    }

    public BoltException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>What kind of failure.</summary>
    public BoltErrorKind Kind { get; } = BoltErrorKind.Protocol;

    /// <summary>Neo4j's status code for a FAILURE.</summary>
    public string? Code { get; }
}
