using Hotline.Reporting.Contracts;

namespace Hotline.Reporting.WeeklySummaries;

public sealed partial class WeeklySummaryStore
{
    /// <summary>
    /// The one definition of a late summary, for the bulletin and the weekly analysis alike: a (project, week) is late when
    /// any version of its summary is marked late (see the README's weekly summary section). The late versions are found
    /// first (by the filter: the partial index <c>weekly_summaries_due</c> for a due period, the week index for a week),
    /// then every version of those weeks gives the branch, due time and the current version's signature time.
    /// </summary>
    private static string LateSql(string filter) => $"""
        with late_weeks as (select distinct project_id, week from weekly_summaries where late and {filter})
        select s.project_id, s.branch_id, s.week, max(s.due_at), max(s.signed_at) filter (where not s.replaced)
        from weekly_summaries s join late_weeks l using (project_id, week)
        group by s.project_id, s.branch_id, s.week
        order by s.branch_id, s.project_id, s.week
        """;

    /// <summary>The late weeks whose summaries were due in <paramref name="dueIn"/> (the monthly bulletin's count).</summary>
    public Task<IReadOnlyList<LateWeek>> LateWeeks(ReportPeriod dueIn, CancellationToken ct = default) =>
        Late(LateSql("due_at >= $1 and due_at < $2"), ct, dueIn.From.ToUniversalTime(), dueIn.To.ToUniversalTime());

    /// <summary>The late summaries of one report week (the weekly analysis's list).</summary>
    public Task<IReadOnlyList<LateWeek>> LateWeeks(string week, CancellationToken ct = default) =>
        Late(LateSql("week = $1"), ct, week);

    private async Task<IReadOnlyList<LateWeek>> Late(string sql, CancellationToken ct, params object[] values)
    {
        await using var command = database.CreateCommand(sql);
        foreach (var value in values)
            command.Parameters.AddWithValue(value);
        var rows = new List<LateWeek>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(new LateWeek(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4)));
        }

        return rows;
    }
}
