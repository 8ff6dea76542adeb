namespace PolicyGraph.Export.Neo4j.Bolt;

/// <summary>Bolt message signatures and the request messages PolicyGraph sends (Bolt 4.4 and 5.x).</summary>
internal static class BoltMessage
{
    public const byte Hello = 0x01;
    public const byte Goodbye = 0x02;
    public const byte Reset = 0x0F;
    public const byte Run = 0x10;
    public const byte Begin = 0x11;
    public const byte Commit = 0x12;
    public const byte Rollback = 0x13;
    public const byte Discard = 0x2F;
    public const byte Pull = 0x3F;
    public const byte Logon = 0x6A;
    public const byte Logoff = 0x6B;
    public const byte Success = 0x70;
    public const byte Record = 0x71;
    public const byte Ignored = 0x7E;
    public const byte Failure = 0x7F;

    /// <summary>HELLO; up to 5.0 it carries the credentials, from 5.1 they go in LOGON.</summary>
    public static PackStructure HelloMessage(BoltVersion version, string userAgent, Neo4jCredentials credentials)
    {
        var extra = new OrderedDictionary<string, object?>(StringComparer.Ordinal) { ["user_agent"] = userAgent };
        if (version.Major >= 5)
        {
            extra["bolt_agent"] = new OrderedDictionary<string, object?>(StringComparer.Ordinal)
            {
                ["product"] = userAgent,
                ["platform"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
                ["language"] = ".NET/" + Environment.Version,
            };
        }

        if (!version.UsesLogon)
        {
            foreach (var (key, value) in AuthMap(credentials))
            {
                extra[key] = value;
            }
        }

        return new PackStructure(Hello, [extra]);
    }

    /// <summary>LOGON with basic authentication (5.1 and later).</summary>
    public static PackStructure LogonMessage(Neo4jCredentials credentials) => new(Logon, [AuthMap(credentials)]);

    /// <summary>BEGIN of a write transaction on <paramref name="database"/>.</summary>
    public static PackStructure BeginMessage(string database) => new(Begin, [DatabaseMap(database)]);

    /// <summary>RUN in an explicit transaction (empty extra).</summary>
    public static PackStructure RunMessage(string query, IReadOnlyDictionary<string, object?> parameters) =>
        new(Run, [query, parameters, new OrderedDictionary<string, object?>()]);

    /// <summary>RUN in an auto-commit transaction on <paramref name="database"/>.</summary>
    public static PackStructure AutoCommitRunMessage(string query, string database) =>
        new(Run, [query, new OrderedDictionary<string, object?>(), DatabaseMap(database)]);

    /// <summary>PULL of every remaining record (<c>n = -1</c>).</summary>
    public static PackStructure PullAllMessage() =>
        new(Pull, [new OrderedDictionary<string, object?>(StringComparer.Ordinal) { ["n"] = -1L }]);

    /// <summary>A message without fields: COMMIT, ROLLBACK, RESET, GOODBYE.</summary>
    public static PackStructure Bare(byte signature) => new(signature);

    /// <summary>The name of a signature, for messages.</summary>
    public static string Name(byte signature) => signature switch
    {
        Hello => "HELLO",
        Goodbye => "GOODBYE",
        Reset => "RESET",
        Run => "RUN",
        Begin => "BEGIN",
        Commit => "COMMIT",
        Rollback => "ROLLBACK",
        Discard => "DISCARD",
        Pull => "PULL",
        Logon => "LOGON",
        Logoff => "LOGOFF",
        Success => "SUCCESS",
        Record => "RECORD",
        Ignored => "IGNORED",
        Failure => "FAILURE",
        _ => $"0x{signature:X2}",
    };

    private static OrderedDictionary<string, object?> AuthMap(Neo4jCredentials credentials) => new(StringComparer.Ordinal)
    {
        ["scheme"] = "basic",
        ["principal"] = credentials.User,
        ["credentials"] = credentials.Password,
    };

    private static OrderedDictionary<string, object?> DatabaseMap(string database) =>
        new(StringComparer.Ordinal) { ["db"] = database };
}

/// <summary>A summary or detail message from the server.</summary>
/// <param name="Signature">SUCCESS, RECORD, IGNORED or FAILURE.</param>
/// <param name="Metadata">SUCCESS or FAILURE metadata (empty otherwise).</param>
internal sealed record BoltResponse(byte Signature, IReadOnlyDictionary<string, object?> Metadata)
{
    /// <summary>Whether it is SUCCESS.</summary>
    public bool IsSuccess => Signature == BoltMessage.Success;

    /// <summary>Whether it is FAILURE.</summary>
    public bool IsFailure => Signature == BoltMessage.Failure;

    /// <summary>The Neo4j status code of a FAILURE (<c>code</c> up to 5.6, <c>neo4j_code</c> from 5.7).</summary>
    public string Code => Text("neo4j_code") ?? Text("code") ?? Text("gql_status") ?? "(no code)";

    /// <summary>The message of a FAILURE, on one line.</summary>
    public string Message => (Text("message") ?? Text("description") ?? "(no message)").ReplaceLineEndings(" ").Trim();

    private string? Text(string key) => Metadata.TryGetValue(key, out var v) && v is string s && s.Length > 0 ? s : null;
}
