using System.Collections.Concurrent;
using Hotline.Reporting.Contracts.Figures;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Reporting.Figures;

/// <summary>
/// Runs the statements of one grouping, only those of the figure groups asked for, and adds their rows up per group
/// key. The statements go in a few lanes (<see cref="FigureLanes"/>), each one batch on its own pooled connection, the
/// lanes at once: the database works them on separate backends, so both cores count instead of one statement after
/// another. The lanes do not share a snapshot; a live view of counts can afford that (a ticket registered between two
/// lanes' starts may show in one group and not yet in another, as it would a moment later anyway).
/// </summary>
internal static class FiguresBatch
{
    public sealed record Values(DateTimeOffset From, DateTimeOffset To, DateTimeOffset Since, DateTimeOffset Until, string Month, string? Scope);

    /// <summary>The tallies per group key, and the groups whose statements ran (the ones asked for).</summary>
    public static async Task<(IReadOnlyDictionary<string, ScopeTally> Tallies, FigureGroups Read)> Read(
        NpgsqlDataSource dataSource, FigureGrouping g, Values values, FigureGroups groups, CancellationToken ct)
    {
        var statements = FigureStatements.Of(g, groups);
        // Lanes write disjoint members of a tally (FigureStatements); only the dictionary itself is shared.
        var tallies = new ConcurrentDictionary<string, ScopeTally>(StringComparer.Ordinal);
        await Task.WhenAll(statements.GroupBy(s => s.Lane).Select(lane => RunLane(dataSource, [.. lane], values, tallies, ct)));
        return (tallies, statements.Aggregate(FigureGroups.None, (read, s) => read | s.Group));
    }

    private static async Task RunLane(
        NpgsqlDataSource dataSource, IReadOnlyList<FigureStatement> lane, Values values, ConcurrentDictionary<string, ScopeTally> tallies, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var statement in lane)
        {
            batch.BatchCommands.Add(Command(statement.Sql, values));
        }

        await using var reader = await batch.ExecuteReaderAsync(ct);
        foreach (var statement in lane)
        {
            while (await reader.ReadAsync(ct))
            {
                statement.AddRow(reader, tallies.GetOrAdd(reader.GetString(0), _ => new ScopeTally()));
            }

            await reader.NextResultAsync(ct);
        }
    }

    private static NpgsqlBatchCommand Command(string sql, Values v)
    {
        var command = new NpgsqlBatchCommand(sql);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<DateTimeOffset>("from", NpgsqlDbType.TimestampTz) { TypedValue = v.From.ToUniversalTime() });
        p.Add(new NpgsqlParameter<DateTimeOffset>("to", NpgsqlDbType.TimestampTz) { TypedValue = v.To.ToUniversalTime() });
        p.Add(new NpgsqlParameter<DateTimeOffset>("since", NpgsqlDbType.TimestampTz) { TypedValue = v.Since.ToUniversalTime() });
        p.Add(new NpgsqlParameter<DateTimeOffset>("until", NpgsqlDbType.TimestampTz) { TypedValue = v.Until.ToUniversalTime() });
        p.Add(new NpgsqlParameter<string>("month", NpgsqlDbType.Text) { TypedValue = v.Month });
        p.Add(new NpgsqlParameter("scope", NpgsqlDbType.Text) { Value = (object?)v.Scope ?? DBNull.Value });
        return command;
    }
}
