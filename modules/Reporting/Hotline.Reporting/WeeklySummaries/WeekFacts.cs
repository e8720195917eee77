using Hotline.Reporting.Contracts;
using Npgsql;

namespace Hotline.Reporting.WeeklySummaries;

/// <summary>The query store's facts a summary lists besides the figures: one query each for any number of projects.</summary>
public sealed class WeekFacts(NpgsqlDataSource database)
{
    /// <summary>Tickets registered before the week and still open now: the unit's work not resolved (Resolved waits only for the call center's callback).</summary>
    public async Task<ILookup<string, CarriedOverItem>> CarriedOver(string[] projectIds, DateTimeOffset before, CancellationToken ct = default)
    {
        await using var command = database.CreateCommand(
            """
            select project_id, number, id, kind, status, registered_at, warning_level from ticket_list
            where project_id = any($1) and registered_at < $2 and status not in ('Resolved', 'Closed', 'Invalid')
            order by project_id, registered_at, id
            """);
        command.Parameters.AddWithValue(projectIds);
        command.Parameters.AddWithValue(before);
        var items = new List<(string, CarriedOverItem)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            items.Add((reader.GetString(0), new CarriedOverItem(reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.GetGuid(2), reader.GetString(3),
                reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5), reader.IsDBNull(6) ? null : reader.GetString(6))));
        }

        return items.ToLookup(i => i.Item1, i => i.Item2, StringComparer.Ordinal);
    }

    /// <summary>The warnings raised in the week, with their verification and answer.</summary>
    public async Task<ILookup<string, WeekWarning>> Warnings(string[] projectIds, ReportPeriod period, CancellationToken ct = default)
    {
        await using var command = database.CreateCommand(
            """
            select project_id, warning_id, level, status, raised_at, verified_at, answered_at, answer from warning_list
            where project_id = any($1) and raised_at >= $2 and raised_at < $3
            order by project_id, raised_at, warning_id
            """);
        command.Parameters.AddWithValue(projectIds);
        command.Parameters.AddWithValue(period.From);
        command.Parameters.AddWithValue(period.To);
        var items = new List<(string, WeekWarning)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            items.Add((reader.GetString(0), new WeekWarning(reader.GetGuid(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5), reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
                reader.IsDBNull(7) ? null : reader.GetString(7))));
        }

        return items.ToLookup(i => i.Item1, i => i.Item2, StringComparer.Ordinal);
    }
}
