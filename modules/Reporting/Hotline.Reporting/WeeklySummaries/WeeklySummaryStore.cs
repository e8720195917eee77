using Hotline.Reporting.Contracts.WeeklySummaries;
using Hotline.Live.Contracts;
using Hotline.Reporting.Weeks;
using Npgsql;

namespace Hotline.Reporting.WeeklySummaries;

/// <summary>
/// weekly_summaries and their signatures (migration 0030). Drafting and the deadline are one statement for every project
/// of a week; a change to one summary locks its current version in a transaction (<see cref="Change{T}"/>).
/// <c>late</c> is set by <see cref="ApplyDeadline"/>, by <see cref="InsertDrafts"/> when drafted at or after the due time,
/// and carried to a correction; never cleared (0030's column comment says "set once by the deadline": the file is frozen,
/// this and the README are the correct statement).
/// </summary>
public sealed partial class WeeklySummaryStore(NpgsqlDataSource database, ILivePublisher live, TimeProvider time)
{
    private const string Columns =
        "project_id, branch_id, week, version, due_at, drafted_at, status, late, signed_at, replaced, correction_reason, remarks, content, content_sha256";

    public async Task<HashSet<string>> DraftedProjects(string week, CancellationToken ct = default)
    {
        await using var command = database.CreateCommand("select distinct project_id from weekly_summaries where week = $1");
        command.Parameters.AddWithValue(week);
        var drafted = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            drafted.Add(reader.GetString(0));
        return drafted;
    }

    /// <summary>
    /// Stores version 1 of each project's summary in one statement; a project that already has one for the week keeps
    /// it (idempotent). Late at once when drafted after the due time. Answers the projects actually drafted now.
    /// </summary>
    public async Task<IReadOnlyList<string>> InsertDrafts(ReportWeek week, IReadOnlyList<NewWeeklySummary> drafts, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var command = database.CreateCommand(
            $"""
            insert into weekly_summaries ({Columns}, period_from, period_to)
            select x.p, x.b, $1, 1, $2, $3, 'Draft', $3 >= $2, null, false, null, null, x.c, x.h, $4, $5
            from unnest($6::text[], $7::text[], $8::text[], $9::text[]) as x(p, b, c, h)
            where not exists (select 1 from weekly_summaries w where w.project_id = x.p and w.week = $1)
            on conflict do nothing
            returning project_id, branch_id
            """);
        command.Parameters.AddWithValue(week.Key);
        command.Parameters.AddWithValue(week.DueAt);
        command.Parameters.AddWithValue(now);
        command.Parameters.AddWithValue(week.Period.From);
        command.Parameters.AddWithValue(week.Period.To);
        command.Parameters.AddWithValue(drafts.Select(d => d.ProjectId).ToArray());
        command.Parameters.AddWithValue(drafts.Select(d => d.BranchId).ToArray());
        command.Parameters.AddWithValue(drafts.Select(d => d.Content).ToArray());
        command.Parameters.AddWithValue(drafts.Select(d => d.ContentSha256).ToArray());
        var inserted = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            inserted.Add(reader.GetString(0));
            Published(reader.GetString(0), reader.GetString(1), week.Key);
        }

        return inserted;
    }

    /// <summary>Every version of one project's summary of a week (oldest first) and their signatures.</summary>
    public async Task<(IReadOnlyList<WeeklySummaryRow> Versions, IReadOnlyList<WeeklySummarySignature> Signatures)> Get(string projectId, string week, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        var versions = await Rows(connection, null, $"select {Columns} from weekly_summaries where project_id = $1 and week = $2 order by version", ct, projectId, week);
        var signatures = new List<WeeklySummarySignature>();
        await using var command = new NpgsqlCommand(
            "select version, step, signer, acting_role, signed_at, content_sha256 from weekly_summary_signatures where project_id = $1 and week = $2 order by version, step", connection);
        command.Parameters.AddWithValue(projectId);
        command.Parameters.AddWithValue(week);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            signatures.Add(new(reader.GetInt32(0), reader.GetInt16(1), reader.GetString(2), reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4), reader.GetString(5)));
        return (versions, signatures);
    }

    /// <summary>
    /// The deadline (A10.1.3.4), one statement: every current summary of the week not fully signed by its due time is late.
    /// Answers every current summary of the week that is late and still unsigned (newly or before: a repeated tick notifies
    /// the same people with the same item ids, which the inbox keeps once).
    /// </summary>
    public async Task<IReadOnlyList<WeeklySummaryRow>> ApplyDeadline(string week, DateTimeOffset now, CancellationToken ct = default)
    {
        await using var connection = await database.OpenConnectionAsync(ct);
        await using (var update = new NpgsqlCommand(
            "update weekly_summaries set late = true where week = $1 and not replaced and not late and status <> 'Signed' and due_at <= $2 returning project_id, branch_id", connection))
        {
            update.Parameters.AddWithValue(week);
            update.Parameters.AddWithValue(now);
            await using var marked = await update.ExecuteReaderAsync(ct);
            while (await marked.ReadAsync(ct))
                Published(marked.GetString(0), marked.GetString(1), week);
        }

        return await Rows(connection, null,
            $"select {Columns} from weekly_summaries where week = $1 and not replaced and late and status <> 'Signed' order by project_id", ct, week);
    }

    // After the change is committed: pages showing this summary re-read it (ids only; the reader's access rules apply).
    private void Published(string projectId, string branchId, string week) =>
        live.Publish(new LiveChange(LiveTopic.WeeklySummary, $"{projectId}/{week}", projectId, branchId, null, time.GetUtcNow()));
}
