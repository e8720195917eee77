using Hotline.Organization.Contracts;
using Hotline.Organization.Issues;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Organization.SameIssue;

/// <summary><see cref="IRepeatComplaints"/> over <c>same_issue_reports</c>, with the query and window <see cref="SameIssueStore.Record"/> uses.</summary>
public sealed class RepeatComplaintCheck(NpgsqlDataSource dataSource, ISameIssuePolicy policy) : IRepeatComplaints
{
    public async Task<Guid?> EarlierTicket(string projectId, string household, string issueKey, DateTimeOffset at, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(SameIssueSql.Earlier);
        var p = command.Parameters;
        // No ticket is being recorded: the empty id excludes nothing.
        p.Add(new NpgsqlParameter<Guid>("ticket_id", NpgsqlDbType.Uuid) { TypedValue = Guid.Empty });
        p.Add(new NpgsqlParameter<string>("issue_key", NpgsqlDbType.Text) { TypedValue = issueKey.Trim() });
        p.Add(new NpgsqlParameter<string>("project_id", NpgsqlDbType.Text) { TypedValue = projectId });
        p.Add(new NpgsqlParameter<string>("household_key", NpgsqlDbType.Text) { TypedValue = SameIssueKey.Household(household) });
        p.Add(new NpgsqlParameter<DateTimeOffset>("reported_at", NpgsqlDbType.TimestampTz) { TypedValue = at.ToUniversalTime() });
        p.Add(new NpgsqlParameter<DateTimeOffset>("repeat_since", NpgsqlDbType.TimestampTz) { TypedValue = (at - new SameIssueRules(policy).RepeatWindow).ToUniversalTime() });
        return await command.ExecuteScalarAsync(ct) is Guid earlier ? earlier : null;
    }
}
