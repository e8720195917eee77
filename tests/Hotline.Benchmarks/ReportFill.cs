using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Benchmarks;

/// <summary>
/// Fills the query store the reports read (ticket list, warning list, penalty ledger, same-issue rows) by set-based SQL,
/// 100,000 tickets a statement, over the 12 months before now (the host runs on real time). For the report step no grains
/// stand behind these rows (reports never call grains); for the intake preload (<paramref name="clones"/> given) each ticket
/// also gets its life's template grain rows, while open its reminder row, and the template's inbox items and owner messages
/// (<see cref="ReportFillSql.WithGrains"/>).
/// The search step's synthetic rows (issue key <c>bench</c>, made-up projects) are removed first so the reports see only
/// this fill and the host's own registrations. Ids are fresh UUIDs and ticket numbers come from the list's sequence, so
/// nothing collides with the host's rows.
/// </summary>
public sealed class ReportFill(string connectionString, Report report, string result = "report_fill", PreloadClones? clones = null)
{
    private const int BatchRows = 100_000;
    public const string BusinessZone = "Asia/Shanghai";

    /// <summary>How long after the fill the copied reminders come due at the earliest: after any run, so none fires in one.</summary>
    public static readonly TimeSpan RemindersAfter = TimeSpan.FromDays(2);

    public async Task RunAsync(IReadOnlyList<GeneratedProject> projects, int tickets, CancellationToken ct)
    {
        var removed = await ExecuteAsync("delete from ticket_list where issue_key = 'bench'", ct);
        var now = TimeProvider.System.GetUtcNow();
        var start = now.AddDays(-365);
        var span = (now.AddHours(-1) - start).TotalSeconds;
        var filling = Stopwatch.StartNew();
        long[] totals = [0, 0, 0, 0, 0, 0, 0, 0];
        for (long from = 0; from < tickets; from += BatchRows)
        {
            var to = Math.Min(from + BatchRows, tickets);
            var counts = await BatchAsync(projects, from, to, tickets, start, span, now, ct);
            totals = [.. totals.Zip(counts, (a, b) => a + b)];
            report.Note($"{result}: {to} tickets filled ({filling.Elapsed.TotalSeconds:0} s)");
        }

        var fillTime = filling.Elapsed;
        var vacuuming = Stopwatch.StartNew();
        await ExecuteAsync("vacuum (analyze) ticket_list, warning_list, penalty_ledger, same_issue_reports" + (clones is null ? "" : ", orleans_storage, orleans_reminders, inbox_items, inbox_unread, owner_outbox"), ct);
        var listed = await ScalarAsync("select count(*) from ticket_list", ct);
        report.Add($"{result}_tickets", totals[0], "tickets",
            $"{start:yyyy-MM-dd} to {now:yyyy-MM-dd} across {projects.Count} projects; {totals[1]} warnings, {totals[2]} ledger deductions, " +
            $"{totals[3]} same-issue rows" + (clones is null ? "" : $", {totals[4]} grain states, {totals[5]} reminders, {totals[6]} inbox items, {totals[7]} owner messages") +
            $"; {listed} rows listed in all ({removed} search rows removed first)");
        report.Note($"{result}: the list's mix (all rows) {await MixAsync(ct)}");
        report.Add($"{result}_seconds", fillTime.TotalSeconds, "s", $"batches of {BatchRows}; vacuum analyze afterwards {vacuuming.Elapsed.TotalSeconds:0} s");
    }

    private async Task<long[]> BatchAsync(IReadOnlyList<GeneratedProject> projects, long from, long to, long n, DateTimeOffset t0, double span,
        DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(clones is null ? ReportFillSql.Batch : ReportFillSql.WithGrains, connection) { CommandTimeout = 0 };
        var p = command.Parameters;
        if (clones is null)
        {
            p.Add(new NpgsqlParameter<Guid[]>("ids", []));
        }
        else
        {
            clones.AddParameters(p, (int)(to - from), now + RemindersAfter);
        }

        p.Add(new NpgsqlParameter<long>("from", from));
        p.Add(new NpgsqlParameter<long>("to", to));
        p.Add(new NpgsqlParameter<double>("n", n));
        p.Add(new NpgsqlParameter<double>("span", span));
        p.Add(new NpgsqlParameter<DateTimeOffset>("t0", NpgsqlDbType.TimestampTz) { TypedValue = t0.ToUniversalTime() });
        p.Add(new NpgsqlParameter<DateTimeOffset>("now", NpgsqlDbType.TimestampTz) { TypedValue = now.ToUniversalTime() });
        p.Add(new NpgsqlParameter<string[]>("projects", [.. projects.Select(x => x.Id)]));
        p.Add(new NpgsqlParameter<string[]>("branches", [.. projects.Select((_, i) => GeneratedOrganisation.BranchOf(i))]));
        p.Add(new NpgsqlParameter<int[]>("households", [.. projects.Select(x => x.Households)]));
        p.Add(new NpgsqlParameter<string>("zone", BusinessZone));
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return [.. Enumerable.Range(0, 8).Select(reader.GetInt64)];
    }

    /// <summary>A line of shares so a reader can judge the fill: states, breaches, ratings, warnings.</summary>
    private async Task<string> MixAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(MixSql, connection) { CommandTimeout = 0 };
        return (string)(await command.ExecuteScalarAsync(ct))!;
    }

    private const string MixSql = """
        select string_agg(status || ' ' || n, ', ' order by n desc) || format('; breached %s, rated %s, with a warning %s, suggestions adopted %s of %s decided',
            sum(breached), sum(rated), sum(warned), sum(adopted), sum(decided))
        from (select status, count(*) as n, count(*) filter (where breached) as breached, count(rating_overall) as rated,
                     count(warning_level) as warned, count(*) filter (where suggestion_adopted) as adopted, count(suggestion_adopted) as decided
              from ticket_list group by status) s
        """;

    private Task<int> ExecuteAsync(string sql, CancellationToken ct) => BenchSql.ExecuteAsync(connectionString, sql, ct);

    private Task<long> ScalarAsync(string sql, CancellationToken ct) => BenchSql.CountAsync(connectionString, sql, ct);
}
