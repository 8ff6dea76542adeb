using PolicyGraph.Export.Neo4j.Bolt;

namespace PolicyGraph.Tests.Export.Neo4j.Bolt;

internal sealed partial class ScriptedBoltServer
{
    private enum State
    {
        Negotiation,
        Authentication,
        Ready,
        Streaming,
        TxReady,
        TxStreaming,
        Failed,
    }

    /// <summary>One connection, from the handshake to GOODBYE or a close.</summary>
    private sealed class Session(ScriptedBoltServer server, Stream stream)
    {
        private readonly ServerScript _script = server._script;
        private readonly Dictionary<string, bool> _pendingNodes = [];
        private readonly Dictionary<string, bool> _pendingRelationships = [];
        private State _state = State.Negotiation;
        private long _created;
        private bool _relationshipRun;

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            if (!await HandshakeAsync(cancellationToken))
            {
                return;
            }

            while (true)
            {
                byte[] bytes;
                try
                {
                    bytes = await BoltChunking.ReadMessageAsync(stream, cancellationToken);
                }
                catch (EndOfStreamException)
                {
                    return;
                }

                var message = (PackStructure)PackStreamReader.Decode(bytes)!;
                server.Received.Enqueue(BoltMessage.Name(message.Tag));
                if (_state == State.Failed && message.Tag is not (BoltMessage.Reset or BoltMessage.Goodbye))
                {
                    await SendAsync(BoltMessage.Ignored, null, cancellationToken);
                    continue;
                }

                if (!await HandleAsync(message, cancellationToken))
                {
                    return;
                }
            }
        }

        private async Task<bool> HandshakeAsync(CancellationToken cancellationToken)
        {
            var request = new byte[20];
            await stream.ReadExactlyAsync(request, cancellationToken);
            if (!request.AsSpan(0, 4).SequenceEqual(BoltHandshake.Magic))
            {
                server.Violations.Enqueue("no Bolt magic preamble");
                return false;
            }

            var chosen = 0u;
            for (var slot = 4; slot < 20; slot += 4)
            {
                server.Proposals.Enqueue(Convert.ToHexString(request, slot, 4));
                int range = request[slot + 1], minor = request[slot + 2], major = request[slot + 3];
                var v = _script.Version;
                if (chosen == 0 && major == v.Major && v.Minor <= minor && v.Minor >= minor - range)
                {
                    chosen = (uint)((v.Minor << 8) | v.Major);
                }
            }

            await stream.WriteAsync(new byte[] { 0, 0, (byte)(chosen >> 8), (byte)chosen }, cancellationToken);
            return chosen != 0;
        }

        private async Task<bool> HandleAsync(PackStructure message, CancellationToken cancellationToken)
        {
            var extra = message.Fields.Count > 0 ? message.Fields[0] as IReadOnlyDictionary<string, object?> : null;
            switch (message.Tag, _state)
            {
                case (BoltMessage.Hello, State.Negotiation):
                    if (extra is null || !extra.ContainsKey("user_agent") || (_script.Version >= new BoltVersion(5, 3) && !extra.ContainsKey("bolt_agent")))
                    {
                        server.Violations.Enqueue("HELLO without user_agent or bolt_agent");
                    }

                    if (!_script.Version.UsesLogon)
                    {
                        return await AuthenticateAsync(extra!, "HELLO", cancellationToken);
                    }

                    if (extra!.ContainsKey("credentials"))
                    {
                        server.CredentialsSeenIn.Enqueue("HELLO");
                        server.Violations.Enqueue("credentials in HELLO on Bolt 5.1+");
                    }

                    await SendSuccessAsync(new() { ["server"] = "Neo4j/5.26.0", ["connection_id"] = "bolt-1", ["hints"] = new OrderedDictionary<string, object?>() }, cancellationToken);
                    _state = State.Authentication;
                    return true;
                case (BoltMessage.Logon, State.Authentication):
                    return await AuthenticateAsync(extra!, "LOGON", cancellationToken);
                case (BoltMessage.Begin, State.Ready):
                    _pendingNodes.Clear();
                    _pendingRelationships.Clear();
                    _state = State.TxReady;
                    await SendSuccessAsync([], cancellationToken);
                    return true;
                case (BoltMessage.Run, State.Ready):
                    server.Queries.Enqueue((string)message.Fields[0]!);
                    _state = State.Streaming;
                    await SendSuccessAsync(new() { ["fields"] = new List<object?>(), ["t_first"] = 1L }, cancellationToken);
                    return true;
                case (BoltMessage.Run, State.TxReady):
                    return await RunInTransactionAsync(message, cancellationToken);
                case (BoltMessage.Pull, State.Streaming):
                    _state = State.Ready;
                    await SendSuccessAsync(new() { ["type"] = "s", ["db"] = "neo4j", ["t_last"] = 1L }, cancellationToken);
                    return true;
                case (BoltMessage.Pull, State.TxStreaming):
                    _state = State.TxReady;
                    var stats = new OrderedDictionary<string, object?> { [_relationshipRun ? "relationships-created" : "nodes-created"] = _created };
                    await SendSuccessAsync(new() { ["type"] = "w", ["stats"] = stats, ["db"] = "neo4j", ["t_last"] = 2L }, cancellationToken);
                    return true;
                case (BoltMessage.Commit, State.TxReady):
                    foreach (var key in _pendingNodes.Keys)
                    {
                        server.Nodes[key] = true;
                    }

                    foreach (var key in _pendingRelationships.Keys)
                    {
                        server.Relationships[key] = true;
                    }

                    _state = State.Ready;
                    await SendSuccessAsync(new() { ["bookmark"] = "FB:kcwQ" }, cancellationToken);
                    return true;
                case (BoltMessage.Rollback, State.TxReady):
                    _state = State.Ready;
                    await SendSuccessAsync([], cancellationToken);
                    return true;
                case (BoltMessage.Reset, _):
                    _pendingNodes.Clear();
                    _pendingRelationships.Clear();
                    _state = _state is State.Negotiation or State.Authentication ? _state : State.Ready;
                    await SendSuccessAsync([], cancellationToken);
                    return true;
                case (BoltMessage.Goodbye, _):
                    return false;
                default:
                    server.Violations.Enqueue($"{BoltMessage.Name(message.Tag)} in state {_state}");
                    await SendFailureAsync("Neo.ClientError.Request.Invalid", $"{BoltMessage.Name(message.Tag)} is not allowed in state {_state}", cancellationToken);
                    return true;
            }
        }

        private async Task<bool> AuthenticateAsync(IReadOnlyDictionary<string, object?> auth, string where, CancellationToken cancellationToken)
        {
            server.CredentialsSeenIn.Enqueue(where);
            if (!Equals(auth.GetValueOrDefault("scheme"), "basic") || !Equals(auth.GetValueOrDefault("principal"), _script.User)
                || !Equals(auth.GetValueOrDefault("credentials"), _script.Password))
            {
                await SendFailureAsync("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.", cancellationToken);
                return false; // the server closes the connection after a failed HELLO or LOGON
            }

            _state = State.Ready;
            await SendSuccessAsync(where == "HELLO" ? new() { ["server"] = "Neo4j/4.4.30", ["connection_id"] = "bolt-1" } : [], cancellationToken);
            return true;
        }

        private async Task<bool> RunInTransactionAsync(PackStructure message, CancellationToken cancellationToken)
        {
            var query = (string)message.Fields[0]!;
            server.Queries.Enqueue(query);
            var run = Interlocked.Increment(ref server._dataRuns);
            if (run == _script.CloseOnDataRun)
            {
                return false; // drop the connection without a word, as a crashing server would
            }

            if (run == _script.FailDataRun)
            {
                await SendFailureAsync(_script.FailCode, _script.FailMessage, cancellationToken);
                return true;
            }

            var parameters = (IReadOnlyDictionary<string, object?>)message.Fields[1]!;
            _relationshipRun = query.Contains("MERGE (a)-[", StringComparison.Ordinal);
            _created = 0;
            foreach (var row in ((List<object?>)parameters["rows"]!).Cast<IReadOnlyDictionary<string, object?>>())
            {
                var key = _relationshipRun
                    ? query[query.IndexOf("[r:", StringComparison.Ordinal)..] + "|" + string.Join("|", row.Where(kv => kv.Key != "props").Select(kv => $"{kv.Key}={kv.Value}"))
                    : query[(query.IndexOf("MERGE (n:", StringComparison.Ordinal) + 9)..query.IndexOf(" {id", StringComparison.Ordinal)] + ":" + row["id"];
                var (committed, pending) = _relationshipRun ? (server.Relationships, _pendingRelationships) : (server.Nodes, _pendingNodes);
                if (!committed.ContainsKey(key) && pending.TryAdd(key, true))
                {
                    _created++;
                }
            }

            _state = State.TxStreaming;
            await SendSuccessAsync(new() { ["fields"] = new List<object?>(), ["t_first"] = 1L, ["qid"] = 0L }, cancellationToken);
            return true;
        }

        private Task SendSuccessAsync(OrderedDictionary<string, object?> metadata, CancellationToken cancellationToken) =>
            SendAsync(BoltMessage.Success, metadata, cancellationToken);

        private Task SendFailureAsync(string code, string text, CancellationToken cancellationToken)
        {
            _state = State.Failed;
            var metadata = _script.Version >= new BoltVersion(5, 7)
                ? new OrderedDictionary<string, object?> { ["gql_status"] = "50N42", ["message"] = text, ["description"] = "error: general processing exception", ["neo4j_code"] = code, ["diagnostic_record"] = new OrderedDictionary<string, object?>() }
                : new OrderedDictionary<string, object?> { ["code"] = code, ["message"] = text };
            return SendAsync(BoltMessage.Failure, metadata, cancellationToken);
        }

        private async Task SendAsync(byte signature, OrderedDictionary<string, object?>? metadata, CancellationToken cancellationToken)
        {
            var body = PackStreamWriter.Encode(new PackStructure(signature, metadata is null ? [] : [metadata]));
            byte[] noop = _script.SendNoops ? [0, 0] : [];
            byte[] framed = [.. noop, .. BoltChunking.Frame(body, _script.ChunkSize)];
            await stream.WriteAsync(framed, cancellationToken);
            await stream.FlushAsync(cancellationToken);
        }
    }
}
