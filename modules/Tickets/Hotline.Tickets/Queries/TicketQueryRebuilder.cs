using Hotline.Tickets.Contracts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Orleans.Configuration;

namespace Hotline.Tickets.Queries;

/// <summary>
/// Rebuilds the ticket list from the grains: finds every stored ticket state of this service in
/// <c>orleans_storage</c>, asks each ticket grain for its live state and refreshes its row. Safe to run
/// while tickets change: a row is never replaced by an older version. Rows are not deleted.
/// </summary>
public sealed class TicketQueryRebuilder(
    NpgsqlDataSource dataSource,
    IGrainFactory grains,
    IOptions<ClusterOptions> cluster,
    ITicketQueryStore store,
    TimeProvider time,
    ILogger<TicketQueryRebuilder> logger)
{
    /// <summary>The ticket grain's persistent state name (<c>[PersistentState("ticket")]</c>).</summary>
    public const string StateName = "ticket";
    private const int BatchSize = 500;
    private const int Parallelism = 8;

    // Keyset pages over the storage identity index: (service, state name, n0, n1) in key order.
    private const string KeysSql = """
        select grainidn0, grainidn1
        from orleans_storage
        where serviceid = @service and statename = @state and grainidextension is null and payloadbinary is not null
        """;

    private const string FirstKeysSql = KeysSql + "\norder by grainidn0, grainidn1 limit @limit";
    private const string NextKeysSql = KeysSql + "\n  and (grainidn0, grainidn1) > (@n0, @n1)\norder by grainidn0, grainidn1 limit @limit";

    public async Task<TicketRebuildResult> Rebuild(CancellationToken ct = default)
    {
        int scanned = 0, written = 0, empty = 0, failed = 0;
        (long N0, long N1)? after = null;
        while (true)
        {
            var keys = await ReadKeys(after, ct);
            if (keys.Count == 0)
            {
                break;
            }

            scanned += keys.Count;
            after = keys[^1];
            await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct }, async (key, token) =>
            {
                var id = OrleansGuidKey.Join(key.N0, key.N1);
                try
                {
                    if (await grains.GetGrain<ITicketGrain>(id).Get() is not { } ticket)
                    {
                        Interlocked.Increment(ref empty);
                        return;
                    }

                    await store.Refresh(TicketListRow.From(ticket, time.GetUtcNow()), token);
                    Interlocked.Increment(ref written);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    Interlocked.Increment(ref failed);
                    logger.LogWarning(e, "Query store rebuild: ticket {TicketId} could not be read or written", id);
                }
            });
        }

        logger.LogInformation("Query store rebuilt: {Scanned} ticket states, {Written} rows written, {Empty} empty, {Failed} failed", scanned, written, empty, failed);
        return new TicketRebuildResult(scanned, written, empty, failed);
    }

    private async Task<List<(long N0, long N1)>> ReadKeys((long N0, long N1)? after, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(after is null ? FirstKeysSql : NextKeysSql);
        command.Parameters.Add(new NpgsqlParameter<string>("service", NpgsqlDbType.Text) { TypedValue = cluster.Value.ServiceId });
        command.Parameters.Add(new NpgsqlParameter<string>("state", NpgsqlDbType.Text) { TypedValue = StateName });
        if (after is { } last)
        {
            command.Parameters.Add(new NpgsqlParameter<long>("n0", NpgsqlDbType.Bigint) { TypedValue = last.N0 });
            command.Parameters.Add(new NpgsqlParameter<long>("n1", NpgsqlDbType.Bigint) { TypedValue = last.N1 });
        }

        command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = BatchSize });
        var keys = new List<(long, long)>(BatchSize);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            keys.Add((reader.GetInt64(0), reader.GetInt64(1)));
        }

        return keys;
    }
}
