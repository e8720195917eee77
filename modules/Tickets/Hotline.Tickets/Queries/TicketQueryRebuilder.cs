using Hotline.Tickets.Contracts;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Tickets.Queries;

/// <summary>
/// Rebuilds the ticket list from the grains: for every ticket the list knows, asks the ticket grain (the truth) for
/// its live state and rewrites its row. Safe to run while tickets change: a row is never replaced by an older version.
/// Rows are not deleted.
/// </summary>
/// <remarks>
/// Why the ids come from <c>ticket_list</c> itself: it is the only table of ticket ids Tickets owns (Orleans' grain
/// storage is Storage's, its layout Orleans'), and every registration already writes its row there, so a separate id
/// table would cost one more write per registration for nothing new. What the rebuild repairs is a row that is stale
/// or wrong (a projection bug, a late write lost, a column added by a migration that must be filled): the row's id
/// leads to the grain, and the grain's state replaces every column. A row missing altogether (the list write failed
/// after the grain saved) is put back by the grain itself on its next activation or change (TicketGrain.Publish from
/// OnActivateAsync and every save). A list emptied by hand is not recoverable from here: restore it from a backup.
/// </remarks>
public sealed class TicketQueryRebuilder(
    NpgsqlDataSource dataSource,
    IGrainFactory grains,
    ITicketQueryStore store,
    TimeProvider time,
    ILogger<TicketQueryRebuilder> logger)
{
    private const int BatchSize = 500;
    private const int Parallelism = 8;

    // Keyset pages over the list's primary key, so rows written meanwhile never shift a page.
    private const string FirstIdsSql = "select id from ticket_list order by id limit @limit";
    private const string NextIdsSql = "select id from ticket_list where id > @after order by id limit @limit";

    public async Task<TicketRebuildResult> Rebuild(CancellationToken ct = default)
    {
        int scanned = 0, written = 0, empty = 0, failed = 0;
        Guid? after = null;
        while (true)
        {
            var ids = await ReadIds(after, ct);
            if (ids.Count == 0)
            {
                break;
            }

            scanned += ids.Count;
            after = ids[^1];
            await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct }, async (id, token) =>
            {
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

        logger.LogInformation("Query store rebuilt: {Scanned} listed tickets, {Written} rows written, {Empty} empty, {Failed} failed", scanned, written, empty, failed);
        return new TicketRebuildResult(scanned, written, empty, failed);
    }

    private async Task<List<Guid>> ReadIds(Guid? after, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(after is null ? FirstIdsSql : NextIdsSql);
        if (after is { } last)
        {
            command.Parameters.Add(new NpgsqlParameter<Guid>("after", NpgsqlDbType.Uuid) { TypedValue = last });
        }

        command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = BatchSize });
        var ids = new List<Guid>(BatchSize);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }
}
