using System.Collections.Immutable;
using Hotline.BuildingBlocks.Storage;
using Hotline.Organization.Contracts;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Organization.SameIssue;

/// <summary>The rows behind same-issue counting (A11.1.1, A11.3). Only the Organization module reads or writes them.</summary>
public sealed class SameIssueStore(NpgsqlDataSource dataSource)
{
    // A registration's report and a counter's first read share round trips and commits with others' under load (issue 14).
    private readonly StatementBatcher _batcher = new(dataSource, writers: 2);

    /// <summary>Stores the report once; answers the earlier ticket it repeats and whether it was new.</summary>
    public async Task<(Guid? RepeatOf, bool IsNew)> Record(IssueReport report, string projectId, string branchId, TimeSpan repeatWindow)
    {
        return await _batcher.Run<(Guid?, bool)>(SameIssueSql.Record, p => AddReport(p, report, projectId, branchId, repeatWindow), async reader => await reader.ReadAsync()
            ? (reader.IsDBNull(0) ? null : reader.GetGuid(0), reader.GetBoolean(1))
            : throw new InvalidOperationException($"Ticket {report.TicketId} was neither stored nor found in same_issue_reports."));
    }

    /// <summary>
    /// <see cref="Record"/> and, unless the project's counter keeps an incident, the key's distinct households reporting
    /// after <paramref name="since"/> in the project, this one included; and whether <paramref name="localCompanyCounter"/> (a local issue's company counter) keeps one.
    /// </summary>
    public async Task<RecordedReport> RecordAndCount(
        IssueReport report, string projectId, string branchId, TimeSpan repeatWindow, DateTimeOffset since, SameIssueKey? localCompanyCounter)
    {
        return await _batcher.Run(SameIssueSql.RecordAndCount, p => BindRecordAndCount(p, report, projectId, branchId, repeatWindow, since, localCompanyCounter),
            async reader => await reader.ReadAsync()
            ? new RecordedReport(reader.IsDBNull(0) ? null : reader.GetGuid(0), reader.GetBoolean(1), reader.IsDBNull(2) ? null : reader.GetInt32(2), reader.GetBoolean(3))
            : throw new InvalidOperationException($"Ticket {report.TicketId} was neither stored nor found in same_issue_reports."));
    }

    /// <summary>Marks that the counter keeps an incident (before its state says so), so no report passes it by.</summary>
    public Task MarkIncident(SameIssueKey counter) => Execute(SameIssueSql.MarkIncident, Text("counter_key", counter.GrainKey));

    public Task UnmarkIncident(SameIssueKey counter) => Execute(SameIssueSql.UnmarkIncident, Text("counter_key", counter.GrainKey));

    /// <summary>Forgets the ticket's report, if stored; its counters recount from the rows after.</summary>
    public Task Remove(Guid ticketId) => Execute(SameIssueSql.Remove, Uuid("ticket_id", ticketId));

    /// <summary>Rows carried over from the state of a version before migration 0011; existing ticket ids are left alone.</summary>
    public async Task Adopt(IReadOnlyList<SameIssueRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = dataSource.CreateCommand(SameIssueSql.Adopt);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<Guid[]>("ticket_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. rows.Select(r => r.TicketId)] });
        p.Add(TextArray("issue_keys", rows.Select(r => r.IssueKey)));
        p.Add(TextArray("project_ids", rows.Select(r => r.ProjectId)));
        p.Add(TextArray("branch_ids", rows.Select(r => r.BranchId)));
        p.Add(TextArray("households", rows.Select(r => r.Household.Trim())));
        p.Add(TextArray("household_keys", rows.Select(r => SameIssueKey.Household(r.Household))));
        p.Add(new NpgsqlParameter<DateTimeOffset[]>("reported_ats", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz)
        {
            TypedValue = [.. rows.Select(r => r.At.ToUniversalTime())],
        });
        p.Add(new NpgsqlParameter<Guid?[]>("repeat_ofs", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. rows.Select(r => r.RepeatOf)] });
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Fills <paramref name="window"/> with the households of <paramref name="key"/> reporting after <paramref name="since"/>.</summary>
    public async Task Load(SameIssueKey key, DateTimeOffset since, HouseholdWindow window)
    {
        // Read into a list first: a batch that fails is run again, and must not fill the window twice.
        var rows = await _batcher.Run(key.IsCompany ? SameIssueSql.CompanyWindow : SameIssueSql.ProjectWindow, p => AddScope(p, key, since), async reader =>
        {
            var read = new List<(string Household, DateTimeOffset At)>();
            while (await reader.ReadAsync())
            {
                var household = key.IsCompany ? SameIssueKey.CompanyHousehold(reader.GetString(0), reader.GetString(1)) : reader.GetString(0);
                read.Add((household, reader.GetFieldValue<DateTimeOffset>(key.IsCompany ? 2 : 1)));
            }

            return read;
        });
        rows.ForEach(r => window.Add(r.Household, r.At));
    }

    /// <summary>Every ticket of <paramref name="key"/> reported after <paramref name="since"/>, oldest first (the incident's tickets).</summary>
    public async Task<ImmutableArray<Guid>> Tickets(SameIssueKey key, DateTimeOffset since)
    {
        await using var command = dataSource.CreateCommand(key.IsCompany ? SameIssueSql.CompanyTickets : SameIssueSql.ProjectTickets);
        AddScope(command.Parameters, key, since);
        var tickets = ImmutableArray.CreateBuilder<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tickets.Add(reader.GetGuid(0));
        }

        return tickets.ToImmutable();
    }

    /// <summary>The issue keys a project (or, with no project, the company) has reports of after <paramref name="since"/>.</summary>
    public async Task<ImmutableArray<string>> Keys(string? projectId, DateTimeOffset since)
    {
        await using var command = dataSource.CreateCommand(projectId is null ? SameIssueSql.CompanyKeys : SameIssueSql.ProjectKeys);
        if (projectId is not null)
        {
            command.Parameters.Add(Text("project_id", projectId));
        }

        command.Parameters.Add(Time("since", since));
        var keys = ImmutableArray.CreateBuilder<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys.ToImmutable();
    }

    /// <summary>A branch's counts: distinct (project, household) per company key (a local problem stays its project's); the regulation sets no branch threshold.</summary>
    public async Task<ImmutableArray<IssueCount>> BranchCounts(string branchId, DateTimeOffset since)
    {
        await using var command = dataSource.CreateCommand(SameIssueSql.BranchCounts);
        command.Parameters.Add(Text("branch_id", branchId));
        command.Parameters.Add(Time("since", since));
        var counts = ImmutableArray.CreateBuilder<IssueCount>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts.Add(new IssueCount(reader.GetString(0), reader.GetInt32(1), null, null));
        }

        return counts.ToImmutable();
    }

    /// <summary>Forgets at most <paramref name="batch"/> rows reported at or before <paramref name="before"/>; answers how many.</summary>
    public async Task<int> Prune(DateTimeOffset before, int batch)
    {
        await using var command = dataSource.CreateCommand(SameIssueSql.Prune);
        command.Parameters.Add(Time("before", before));
        command.Parameters.Add(new NpgsqlParameter<int>("batch", NpgsqlDbType.Integer) { TypedValue = batch });
        return await command.ExecuteNonQueryAsync();
    }

    private async Task Execute(string sql, NpgsqlParameter parameter)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(parameter);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The parameters of <see cref="SameIssueSql.RecordAndCount"/> (its plan tests bind them the same way).</summary>
    internal static void BindRecordAndCount(
        NpgsqlParameterCollection p, IssueReport report, string projectId, string branchId, TimeSpan repeatWindow, DateTimeOffset since, SameIssueKey? localCompanyCounter)
    {
        AddReport(p, report, projectId, branchId, repeatWindow);
        p.Add(Time("since", since));
        p.Add(Text("counter_key", SameIssueKey.Project(projectId, report.IssueKey.Trim()).GrainKey));
        p.Add(new NpgsqlParameter("company_counter_key", NpgsqlDbType.Text) { Value = (object?)localCompanyCounter?.GrainKey ?? DBNull.Value });
    }

    private static void AddReport(NpgsqlParameterCollection p, IssueReport report, string projectId, string branchId, TimeSpan repeatWindow)
    {
        p.Add(Uuid("ticket_id", report.TicketId));
        p.Add(Text("issue_key", report.IssueKey.Trim()));
        p.Add(Text("company_key", SameIssueKey.CompanyKey(projectId, report)));
        p.Add(Text("project_id", projectId));
        p.Add(Text("branch_id", branchId));
        p.Add(Text("household", report.Household.Trim()));
        p.Add(Text("household_key", SameIssueKey.Household(report.Household)));
        p.Add(Time("reported_at", report.At));
        p.Add(Time("repeat_since", report.At - repeatWindow));
    }

    private static void AddScope(NpgsqlParameterCollection p, SameIssueKey key, DateTimeOffset since)
    {
        p.Add(Text("issue_key", key.IssueKey));
        if (!key.IsCompany)
        {
            p.Add(Text("project_id", key.ProjectId!));
        }

        p.Add(Time("since", since));
    }

    private static NpgsqlParameter<string> Text(string name, string value) => new(name, NpgsqlDbType.Text) { TypedValue = value };

    private static NpgsqlParameter<Guid> Uuid(string name, Guid value) => new(name, NpgsqlDbType.Uuid) { TypedValue = value };

    private static NpgsqlParameter<DateTimeOffset> Time(string name, DateTimeOffset value) =>
        new(name, NpgsqlDbType.TimestampTz) { TypedValue = value.ToUniversalTime() };

    private static NpgsqlParameter<string[]> TextArray(string name, IEnumerable<string> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. values] };
}
