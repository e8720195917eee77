using Hotline.Reporting.Contracts;
using Hotline.Kernel;

namespace Hotline.Reporting.WeeklySummaries;

public sealed partial class WeeklySummaryStore
{
    /// <summary>The current version of every summary of a week within <paramref name="scope"/>, optionally only the late (or on-time) ones.</summary>
    public async Task<IReadOnlyList<WeeklySummaryRow>> List(string week, bool? late, ReportScope scope, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        return await Rows(connection, null,
            $"""
            select {Columns} from weekly_summaries
            where week = $1 and not replaced and ($2::boolean is null or late = $2) and ($3::text is null or branch_id = $3) and ($4::text is null or project_id = $4)
            order by branch_id, project_id
            """, ct, week, (object?)late ?? DBNull.Value,
            scope.Kind == ScopeKind.Branch ? scope.Id! : DBNull.Value,
            scope.Kind == ScopeKind.Project ? scope.Id! : DBNull.Value);
    }

    /// <summary>One project's current summaries of its latest <paramref name="weeks"/> weeks, newest first (week keys sort as text).</summary>
    public async Task<IReadOnlyList<WeeklySummaryRow>> OfProject(string projectId, int weeks, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        return await Rows(connection, null,
            $"select {Columns} from weekly_summaries where project_id = $1 and not replaced order by week desc limit $2", ct, projectId, weeks);
    }
}
