using PolicyGraph.Export.Neo4j.Bolt;

namespace PolicyGraph.Tests.Export.Neo4j.Bolt;

public sealed class BoltChunkingTests
{
    private static byte[] Bytes(int count) => [.. Enumerable.Range(0, count).Select(i => (byte)i)];

    [Fact]
    public void Frames_a_16_byte_message_as_the_spec_shows()
    {
        Assert.Equal("0010000102030405060708090A0B0C0D0E0F0000", Convert.ToHexString(BoltChunking.Frame(Bytes(16))));
    }

    [Fact]
    public void Splits_a_20_byte_message_into_16_and_4_byte_chunks()
    {
        var framed = Convert.ToHexString(BoltChunking.Frame(Bytes(20), chunkSize: 16));
        Assert.Equal("0010000102030405060708090A0B0C0D0E0F" + "00041011121300 00".Replace(" ", string.Empty, StringComparison.Ordinal), framed);
    }

    [Fact]
    public void Frames_the_messages_of_the_bolt_notes_byte_for_byte()
    {
        string Framed(PackStructure m) => Convert.ToHexString(BoltChunking.Frame(PackStreamWriter.Encode(m)));
        Assert.Equal("000CB111A18264628" + "56E656F346A0000", Framed(BoltMessage.BeginMessage("neo4j")));
        Assert.Equal("0006B13FA1816EFF0000", Framed(BoltMessage.PullAllMessage()));
        Assert.Equal("0002B0120000", Framed(BoltMessage.Bare(BoltMessage.Commit)));
        Assert.Equal("0002B0130000", Framed(BoltMessage.Bare(BoltMessage.Rollback)));
        Assert.Equal("0002B00F0000", Framed(BoltMessage.Bare(BoltMessage.Reset)));
        Assert.Equal("0002B0020000", Framed(BoltMessage.Bare(BoltMessage.Goodbye)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(16)]
    [InlineData(65535)]
    public async Task Reassembles_a_message_from_chunks_of_any_size_and_skips_noops(int chunkSize)
    {
        var message = Bytes(200);
        using var stream = new MemoryStream([0, 0, 0, 0, .. BoltChunking.Frame(message, chunkSize), 0, 0, .. BoltChunking.Frame([0xB0, 0x7E], chunkSize)]);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.Equal(message, await BoltChunking.ReadMessageAsync(stream, timeout.Token));
        Assert.Equal([0xB0, 0x7E], await BoltChunking.ReadMessageAsync(stream, timeout.Token));
    }

    [Fact]
    public async Task Reports_a_connection_closed_inside_a_message()
    {
        var framed = BoltChunking.Frame(Bytes(40), 16);
        using var stream = new MemoryStream(framed[..25]);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Assert.ThrowsAsync<EndOfStreamException>(() => BoltChunking.ReadMessageAsync(stream, timeout.Token));
    }

    [Fact]
    public void Proposes_bolt_5_8_down_to_5_0_then_4_4_in_the_handshake()
    {
        Assert.Equal("6060B017" + "00080805" + "00000404" + "00000000" + "00000000", Convert.ToHexString(BoltHandshake.Request()));
        Assert.Equal(new BoltVersion(5, 4), BoltHandshake.ParseAnswer([0, 0, 4, 5]));
        Assert.Null(BoltHandshake.ParseAnswer([0, 0, 0, 0]));
        Assert.Contains(new BoltVersion(4, 4), BoltHandshake.Supported);
        Assert.Contains(new BoltVersion(5, 0), BoltHandshake.Supported);
    }

    [Fact]
    public void Sends_credentials_in_logon_from_5_1_and_in_hello_before()
    {
        var credentials = new Neo4jCredentials("neo4j", "s3cret");
        var hello51 = (IReadOnlyDictionary<string, object?>)BoltMessage.HelloMessage(new BoltVersion(5, 1), "PolicyGraph/0.1", credentials).Fields[0]!;
        Assert.False(hello51.ContainsKey("credentials"));
        Assert.True(hello51.ContainsKey("bolt_agent"));
        var hello44 = (IReadOnlyDictionary<string, object?>)BoltMessage.HelloMessage(new BoltVersion(4, 4), "PolicyGraph/0.1", credentials).Fields[0]!;
        Assert.Equal("basic", hello44["scheme"]);
        Assert.DoesNotContain("s3cret", credentials.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bolt://db.example:7688", "db.example", 7688, BoltSecurity.None)]
    [InlineData("bolt://localhost", "localhost", 7687, BoltSecurity.None)]
    [InlineData("neo4j://10.0.0.5:7687", "10.0.0.5", 7687, BoltSecurity.None)]
    [InlineData("bolt+s://db.example", "db.example", 7687, BoltSecurity.Tls)]
    [InlineData("neo4j+s://db.example:7000", "db.example", 7000, BoltSecurity.Tls)]
    [InlineData("bolt+ssc://127.0.0.1:7687", "127.0.0.1", 7687, BoltSecurity.TlsSelfSigned)]
    [InlineData("neo4j+ssc://[::1]:7687", "::1", 7687, BoltSecurity.TlsSelfSigned)]
    public void Parses_bolt_and_neo4j_uris_as_direct_connections(string uri, string host, int port, BoltSecurity security)
    {
        Assert.True(BoltEndpoint.TryParse(uri, out var endpoint, out var error), error);
        Assert.Equal(new BoltEndpoint(host, port, security), endpoint);
    }

    [Theory]
    [InlineData("http://localhost:7474")]
    [InlineData("localhost:7687")]
    [InlineData("bolt://neo4j:hunter2@localhost:7687")]
    public void Rejects_other_uris_without_echoing_a_password(string uri)
    {
        Assert.False(BoltEndpoint.TryParse(uri, out _, out var error));
        Assert.DoesNotContain("hunter2", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
    }
}
