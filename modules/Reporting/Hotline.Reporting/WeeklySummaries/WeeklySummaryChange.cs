using Hotline.Reporting.Contracts.WeeklySummaries;
using Npgsql;

namespace Hotline.Reporting.WeeklySummaries;

/// <summary>The writes allowed on a locked current version (inside <see cref="WeeklySummaryStore.Change{T}"/>'s transaction).</summary>
public sealed class WeeklySummaryChange(NpgsqlConnection connection, NpgsqlTransaction transaction, WeeklySummaryRow? current)
{
    public WeeklySummaryRow? Current { get; } = current;

    public Task SetRemarks(string? remarks, string content, string sha256) => Execute(
        "update weekly_summaries set remarks = $4, content = $5, content_sha256 = $6 where project_id = $1 and week = $2 and version = $3",
        Current!.ProjectId, Current.Week, Current.Version, (object?)remarks ?? DBNull.Value, content, sha256);

    /// <summary>Records a signature and moves the status on; the second signature also sets signed_at, which freezes the version.</summary>
    public async Task Sign(int step, string signer, string actingRole, DateTimeOffset at, WeeklySummaryStatus status)
    {
        await Execute(
            "insert into weekly_summary_signatures (project_id, week, version, step, signer, acting_role, signed_at, content_sha256) values ($1, $2, $3, $4, $5, $6, $7, $8)",
            Current!.ProjectId, Current.Week, Current.Version, (short)step, signer, actingRole, at, Current.ContentSha256);
        await Execute(
            "update weekly_summaries set status = $4, signed_at = $5 where project_id = $1 and week = $2 and version = $3",
            Current.ProjectId, Current.Week, Current.Version, status.ToString(),
            status == WeeklySummaryStatus.Signed ? at : DBNull.Value);
    }

    /// <summary>A correction: the current version is kept, marked replaced; version n+1 is stored as a fresh draft.</summary>
    public async Task Replace(DateTimeOffset periodFrom, DateTimeOffset periodTo, DateTimeOffset at, string reason, string content, string sha256)
    {
        await Execute("update weekly_summaries set replaced = true where project_id = $1 and week = $2 and version = $3",
            Current!.ProjectId, Current.Week, Current.Version);
        await Execute(
            """
            insert into weekly_summaries (project_id, branch_id, week, version, period_from, period_to, due_at, drafted_at, status,
                late, signed_at, replaced, correction_reason, remarks, content, content_sha256)
            values ($1, $2, $3, $4, $5, $6, $7, $8, 'Draft', $9, null, false, $10, null, $11, $12)
            """,
            Current.ProjectId, Current.BranchId, Current.Week, Current.Version + 1, periodFrom, periodTo, Current.DueAt, at,
            Current.Late, reason, content, sha256);
    }

    private async Task Execute(string sql, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in values)
            command.Parameters.AddWithValue(value);
        await command.ExecuteNonQueryAsync();
    }
}
