using Hotline.Reporting.Contracts;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Reporting.Bulletins;

/// <summary>
/// Weekly summaries (A10.1.3.4) that were late, per project, from the weekly-summary table: distinct (project, week)
/// with a version marked late whose deadline fell in the period. One set-based query per period.
/// </summary>
public sealed class LateSummaryCounts(NpgsqlDataSource dataSource)
{
    private const string Sql = """
        select project_id, branch_id, count(distinct week)
        from weekly_summaries
        where late and due_at >= @from and due_at < @to
        group by project_id, branch_id
        """;

    /// <summary>Late weeks per project id (with its branch id as the summary recorded it).</summary>
    public async Task<IReadOnlyList<(string ProjectId, string BranchId, long Weeks)>> Per(ReportPeriod period, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("from", NpgsqlDbType.TimestampTz) { TypedValue = period.From.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("to", NpgsqlDbType.TimestampTz) { TypedValue = period.To.ToUniversalTime() });
        var rows = new List<(string, string, long)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
        }

        return rows;
    }
}
