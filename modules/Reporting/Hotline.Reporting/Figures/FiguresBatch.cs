using Npgsql;
using NpgsqlTypes;

namespace Hotline.Reporting.Figures;

/// <summary>Runs the six figure statements of one grouping in one batch and adds their rows up per group key.</summary>
internal static class FiguresBatch
{
    public sealed record Values(DateTimeOffset From, DateTimeOffset To, DateTimeOffset Since, DateTimeOffset Until, string Month, string? Scope);

    public static async Task<IReadOnlyDictionary<string, ScopeTally>> Read(
        NpgsqlDataSource dataSource, FigureGrouping g, Values values, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var sql in new[]
                 {
                     FiguresSql.Received(g), FiguresSql.Open(g), FiguresSql.Clocks(g),
                     FiguresSql.Warnings(g), FiguresSql.SameIssues(g), FiguresSql.Penalties(g),
                 })
        {
            batch.BatchCommands.Add(Command(sql, values));
        }

        var tallies = new Dictionary<string, ScopeTally>(StringComparer.Ordinal);
        ScopeTally Of(string key) => tallies.TryGetValue(key, out var t) ? t : tallies[key] = new ScopeTally();
        await using var reader = await batch.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var t = Of(reader.GetString(0));
            var count = reader.GetInt64(4);
            t.Received += count;
            ScopeTally.Add(t.Kinds, reader.GetString(1), count);
            ScopeTally.Add(t.Categories, reader.GetString(2), count);
            ScopeTally.Add(t.Channels, reader.GetString(3), count);
            t.InvalidComplaints += reader.GetInt64(5);
            t.Adopted += reader.GetInt64(6);
            t.NotAdopted += reader.GetInt64(7);
            t.Undecided += reader.GetInt64(8);
            t.Rated += reader.GetInt64(9);
            t.OverallSum += reader.GetInt64(10);
            t.SpeedSum += reader.GetInt64(11);
            t.AttitudeSum += reader.GetInt64(12);
        }

        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ScopeTally.Add(Of(reader.GetString(0)).Open, reader.GetString(1), reader.GetInt64(2));
        }

        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var clocks = Of(reader.GetString(0)).Clocks;
            var key = (reader.GetString(1), reader.GetString(2));
            clocks[key] = clocks.GetValueOrDefault(key) + reader.GetInt64(3);
        }

        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var t = Of(reader.GetString(0));
            var level = reader.GetString(1);
            if (reader.GetInt64(2) is var raised and > 0)
            {
                ScopeTally.Add(t.WarningsRaised, level, raised);
            }

            if (reader.GetInt64(3) is var open and > 0)
            {
                ScopeTally.Add(t.WarningsOpen, level, open);
            }

            t.Verified += reader.GetInt64(4);
            t.VerifySeconds += reader.GetDouble(5);
            t.Answered += reader.GetInt64(6);
            t.AnswerSeconds += reader.GetDouble(7);
        }

        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ScopeTally.Add(Of(reader.GetString(0)).SameIssues, reader.GetString(1), reader.GetInt64(2));
        }

        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            Of(reader.GetString(0)).PenaltyPoints += reader.IsDBNull(1) ? 0 : reader.GetDecimal(1);
        }

        return tallies;
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
