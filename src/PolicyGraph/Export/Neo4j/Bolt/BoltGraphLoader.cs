namespace PolicyGraph.Export.Neo4j.Bolt;

/// <summary>
/// <see cref="IGraphLoader"/> over PolicyGraph's own Bolt client: constraints as auto-commit queries, then per batch
/// BEGIN, RUN (the batch query with <c>$rows</c>), PULL and COMMIT, pipelined. After a FAILURE it sends RESET (which
/// rolls the transaction back), retries a transient error a few times, and otherwise stops with the batch, Neo4j's
/// code and message; the batches before stay committed, and since every write is a MERGE a rerun completes the load.
/// </summary>
public sealed class BoltGraphLoader : IGraphLoader
{
    private readonly BoltEndpoint _endpoint;
    private readonly Neo4jCredentials _credentials;
    private readonly string _database;
    private readonly BoltOptions _options;

    /// <summary>Creates a loader for <paramref name="database"/> on <paramref name="endpoint"/>.</summary>
    public BoltGraphLoader(BoltEndpoint endpoint, Neo4jCredentials credentials, string database, BoltOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentException.ThrowIfNullOrEmpty(database);
        _endpoint = endpoint;
        _credentials = credentials;
        _database = database;
        _options = options ?? new BoltOptions();
    }

    /// <inheritdoc />
    public async Task<LoadResult> LoadAsync(LoadPlan plan, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var tally = new Tally();
        try
        {
            await using var connection = await BoltConnection.OpenAsync(_endpoint, _options, cancellationToken).ConfigureAwait(false);
            await connection.AuthenticateAsync(_credentials, cancellationToken).ConfigureAwait(false);
            tally.Server = $"{connection.ServerAgent}, Bolt {connection.Version}";
            foreach (var statement in plan.Schema)
            {
                await RunSchemaAsync(connection, statement, cancellationToken).ConfigureAwait(false);
            }

            foreach (var batch in plan.Batches)
            {
                await RunBatchAsync(connection, plan, batch, tally, cancellationToken).ConfigureAwait(false);
                progress?.Report(new LoadProgress(batch.Number, plan.Batches.Count, batch.Description));
            }
        }
        catch (BoltException ex)
        {
            return tally.Result(ex.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return tally.Result($"Push to {_endpoint.Address} cancelled after {tally.Batches} committed batches; run push again to complete the load.");
        }

        return tally.Result(null);
    }

    private async Task RunSchemaAsync(BoltConnection connection, string statement, CancellationToken cancellationToken)
    {
        var replies = await connection.RequestAsync(
            [BoltMessage.AutoCommitRunMessage(statement, _database), BoltMessage.PullAllMessage()], cancellationToken).ConfigureAwait(false);
        if (replies.FirstOrDefault(r => !r.IsSuccess) is { } bad)
        {
            await connection.ResetAsync(cancellationToken).ConfigureAwait(false);
            throw new BoltException(BoltErrorKind.Failure,
                $"Creating the schema in database '{_database}' on {_endpoint.Address} failed: {bad.Code}: {bad.Message.TrimEnd('.')}. Nothing was loaded; fix the cause and run push again.", bad.Code);
        }
    }

    private async Task RunBatchAsync(BoltConnection connection, LoadPlan plan, LoadBatch batch, Tally tally, CancellationToken cancellationToken)
    {
        var parameters = new OrderedDictionary<string, object?>(StringComparer.Ordinal) { [LoadPlan.RowsParameter] = batch.Rows };
        for (var attempt = 0; ; attempt++)
        {
            BoltResponse? failure;
            try
            {
                var replies = await connection.RequestAsync(
                    [BoltMessage.BeginMessage(_database), BoltMessage.RunMessage(batch.Query, parameters), BoltMessage.PullAllMessage()],
                    cancellationToken).ConfigureAwait(false);
                failure = replies.FirstOrDefault(r => !r.IsSuccess);
                if (failure is null && cancellationToken.IsCancellationRequested)
                {
                    // Stopped between PULL and COMMIT: abandon the open transaction explicitly.
                    using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                    await connection.RequestAsync([BoltMessage.Bare(BoltMessage.Rollback)], grace.Token).ConfigureAwait(false);
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (failure is null)
                {
                    var commit = await connection.RequestAsync([BoltMessage.Bare(BoltMessage.Commit)], cancellationToken).ConfigureAwait(false);
                    failure = commit[0].IsSuccess ? null : commit[0];
                    if (failure is null)
                    {
                        tally.Add(batch, replies[2]);
                        return;
                    }
                }
            }
            catch (BoltException ex) when (ex.Kind is BoltErrorKind.Closed or BoltErrorKind.Protocol)
            {
                throw new BoltException(ex.Kind, $"{ex.Message.TrimEnd('.')} during batch {batch.Number} of {plan.Batches.Count} ({batch.Description}). {Committed(batch)}; run push again to complete the load.", inner: ex);
            }
            catch (OperationCanceledException)
            {
                throw new BoltException(BoltErrorKind.Closed, $"Push cancelled during batch {batch.Number} of {plan.Batches.Count} ({batch.Description}). {Committed(batch)}; run push again to complete the load.");
            }

            var reset = await TryResetAsync(connection, cancellationToken).ConfigureAwait(false);
            if (reset && failure.Signature == BoltMessage.Failure && failure.Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) && attempt < _options.TransientRetries)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * (attempt + 1)), cancellationToken).ConfigureAwait(false);
                continue;
            }

            throw new BoltException(BoltErrorKind.Failure,
                $"Batch {batch.Number} of {plan.Batches.Count} ({batch.Description}) failed and was rolled back: {failure.Code}: {failure.Message.TrimEnd('.')}. {Committed(batch)}; fix the cause and run push again to complete the load.",
                failure.Code);
        }
    }

    // The batch's own failure is what the user must see, even when the connection is already too broken to RESET.
    private static async Task<bool> TryResetAsync(BoltConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await connection.ResetAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (BoltException)
        {
            return false;
        }
    }

    private static string Committed(LoadBatch batch) =>
        batch.Number == 1 ? "No batch was committed" : batch.Number == 2 ? "Batch 1 is committed" : $"Batches 1-{batch.Number - 1} are committed";

    private sealed class Tally
    {
        private int _batches;
        private long _nodes;
        private long _relationships;
        private long _nodesCreated;
        private long _relationshipsCreated;

        public string Server { get; set; } = string.Empty;

        public int Batches => _batches;

        public void Add(LoadBatch batch, BoltResponse pullSummary)
        {
            _batches++;
            if (batch.IsRelationships)
            {
                _relationships += batch.Rows.Count;
            }
            else
            {
                _nodes += batch.Rows.Count;
            }

            if (pullSummary.Metadata.TryGetValue("stats", out var s) && s is IReadOnlyDictionary<string, object?> stats)
            {
                _nodesCreated += stats.TryGetValue("nodes-created", out var n) && n is long nc ? nc : 0;
                _relationshipsCreated += stats.TryGetValue("relationships-created", out var r) && r is long rc ? rc : 0;
            }
        }

        public LoadResult Result(string? error) => new(error, _batches, _nodes, _relationships, _nodesCreated, _relationshipsCreated, Server);
    }
}
