using System.Text.Json;
using Hotline.Organization.Contracts;
using Hotline.Organization.SameIssue;
using Hotline.TestKit;
using Npgsql;

namespace Hotline.Organization.Tests.Issues;

/// <summary>
/// Issue 14: a registration's same-issue statement (A11.1.1's earlier ticket and A11.3's households of the key) reads the
/// rows of its key in its project only, also on a table without statistics, as a new database's is. It read every row of
/// the project's window when PostgreSQL took the index of (project, time) for it (migration 0039).
/// </summary>
public sealed class SameIssueStatementPlanTests : IAsyncLifetime
{
    private static readonly DateTime Now = new(2026, 12, 7, 2, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Window = TimeSpan.FromDays(30);
    private static readonly Guid SecondOfH1 = Guid.Parse("00000000-0000-0000-0000-0000000000a2");
    private NpgsqlDataSource _dataSource = null!;

    public async Task InitializeAsync()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync("sameissueplan");
        await HotlineSchema.Migrator().MigrateAsync(connectionString);
        _dataSource = NpgsqlDataSource.Create(connectionString);
        // No statistics while the test runs, as on a table that grew from empty since the last analyze.
        await using (var noStatistics = _dataSource.CreateCommand("alter table same_issue_reports set (autovacuum_enabled = false)"))
        {
            await noStatistics.ExecuteNonQueryAsync();
        }

        // The key's three reports in p-1, the oldest rows: H1 twice (5 and 4 days ago), H2 once.
        await Execute($"""
            insert into same_issue_reports (ticket_id, issue_key, company_key, project_id, branch_id, household, household_key, reported_at)
            values ('00000000-0000-0000-0000-0000000000a1', 'k', 'k', 'p-1', 'b-1', 'h1', 'H1', @now - interval '5 days'),
                   ('{SecondOfH1}', 'k', 'k', 'p-1', 'b-1', 'h1', 'H1', @now - interval '4 days'),
                   ('00000000-0000-0000-0000-0000000000b1', 'k', 'k', 'p-1', 'b-1', 'h2', 'H2', @now - interval '4 days')
            """);
        // 2,000 newer reports of 20 other keys in p-1, and 50 of the key in p-2.
        await Execute("""
            insert into same_issue_reports (ticket_id, issue_key, company_key, project_id, branch_id, household, household_key, reported_at)
            select gen_random_uuid(), 'other-' || (i % 20), 'other-' || (i % 20), 'p-1', 'b-1', 'h' || i, 'H' || i, @now - interval '1 hour' * (i % 48)
            from generate_series(1, 2000) i
            union all
            select gen_random_uuid(), 'k', 'k', 'p-2', 'b-1', 'h' || i, 'H' || i, @now - interval '1 day'
            from generate_series(1, 50) i
            """);
    }

    public async Task DisposeAsync() => await _dataSource.DisposeAsync();

    [Fact]
    public async Task A11_RecordAndCount_ReadsOnlyItsKeysRowsInItsProject_WithoutStatistics()
    {
        var ticket = Guid.NewGuid();
        var plan = await ExplainRecordAndCount(ticket, "h1");

        // Hand-worked: the earlier ticket is H1's latest (one row read, the scan stops there); the households are H1 and
        // H2 (three rows read); the insert is new, so the lookup of a stored copy never runs.
        Assert.True(RowsRead(plan) <= 4, $"read {RowsRead(plan)} rows of same_issue_reports; the plan:\n{plan}");
        await using (var stored = _dataSource.CreateCommand($"select repeat_of from same_issue_reports where ticket_id = '{ticket}'"))
        {
            Assert.Equal(SecondOfH1, await stored.ExecuteScalarAsync());
        }

        // The same statement through the store, for a household new to the key: no earlier ticket; H1, H2 and H3.
        var recorded = await new SameIssueStore(_dataSource).RecordAndCount(
            new IssueReport(Guid.NewGuid(), "k", "h3", Now), "p-1", "b-1", Window, Now - Window, null);
        Assert.Null(recorded.RepeatOf);
        Assert.Equal(3, recorded.Households);
    }

    /// <summary>The statement run under EXPLAIN ANALYZE (its insert happens), for a report of the key in p-1 now.</summary>
    private async Task<JsonElement> ExplainRecordAndCount(Guid ticket, string household)
    {
        await using var command = _dataSource.CreateCommand("explain (analyze, format json) " + SameIssueSql.RecordAndCount);
        SameIssueStore.BindRecordAndCount(command.Parameters, new IssueReport(ticket, "k", household, Now), "p-1", "b-1", Window, Now - Window, null);
        return JsonDocument.Parse((string)(await command.ExecuteScalarAsync())!).RootElement[0].GetProperty("Plan").Clone();
    }

    /// <summary>Rows each scan of same_issue_reports took from its index or heap: returned plus filtered out, in every loop.</summary>
    private static double RowsRead(JsonElement node)
    {
        var own = node.GetProperty("Node Type").GetString()!.Contains("Scan", StringComparison.Ordinal)
            && node.TryGetProperty("Relation Name", out var relation) && relation.GetString() == "same_issue_reports"
            ? (node.GetProperty("Actual Rows").GetDouble() + Number(node, "Rows Removed by Filter")) * node.GetProperty("Actual Loops").GetDouble()
            : 0;
        return own + (node.TryGetProperty("Plans", out var children) ? children.EnumerateArray().Sum(RowsRead) : 0);
    }

    private static double Number(JsonElement node, string name) => node.TryGetProperty(name, out var value) ? value.GetDouble() : 0;

    /// <summary>Inserts of the rows, dated back from <see cref="Now"/> (<c>@now</c>).</summary>
    private async Task Execute(string sql)
    {
        await using var command = _dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("now", Now);
        await command.ExecuteNonQueryAsync();
    }
}
