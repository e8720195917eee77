namespace Hotline.Organization.SameIssue;

/// <summary>The query texts of <see cref="SameIssueStore"/> over <c>same_issue_reports</c> (migration 0011).</summary>
internal static class SameIssueSql
{
    /// <summary>
    /// Inserts the report once, with the household's latest earlier ticket within the repeat window (A11.1.1); a known
    /// ticket id inserts nothing and answers what its first insert stored. One round trip either way.
    /// </summary>
    public const string Record = """
        with earlier as (
            select ticket_id from same_issue_reports
            where issue_key = @issue_key and project_id = @project_id and household_key = @household_key
              and reported_at <= @reported_at and reported_at > @repeat_since and ticket_id <> @ticket_id
            order by reported_at desc, sequence desc
            limit 1),
        inserted as (
            insert into same_issue_reports (ticket_id, issue_key, project_id, branch_id, household, household_key, reported_at, repeat_of)
            values (@ticket_id, @issue_key, @project_id, @branch_id, @household, @household_key, @reported_at, (select ticket_id from earlier))
            on conflict (ticket_id) do nothing
            returning repeat_of)
        select repeat_of, true from inserted
        union all
        select repeat_of, false from same_issue_reports where ticket_id = @ticket_id and not exists (select 1 from inserted)
        """;

    /// <summary>A legacy row (state written before migration 0011): its repeat is already known.</summary>
    public const string Adopt = """
        insert into same_issue_reports (ticket_id, issue_key, project_id, branch_id, household, household_key, reported_at, repeat_of)
        select * from unnest(@ticket_ids, @issue_keys, @project_ids, @branch_ids, @households, @household_keys, @reported_ats, @repeat_ofs)
        on conflict (ticket_id) do nothing
        """;

    public const string ProjectWindow = """
        select household_key, max(reported_at) from same_issue_reports
        where issue_key = @issue_key and project_id = @project_id and reported_at > @since
        group by household_key
        """;

    public const string CompanyWindow = """
        select project_id, household_key, max(reported_at) from same_issue_reports
        where issue_key = @issue_key and reported_at > @since
        group by project_id, household_key
        """;

    public const string ProjectTickets = """
        select ticket_id from same_issue_reports
        where issue_key = @issue_key and project_id = @project_id and reported_at > @since
        order by reported_at, sequence
        """;

    public const string CompanyTickets = """
        select ticket_id from same_issue_reports
        where issue_key = @issue_key and reported_at > @since
        order by reported_at, sequence
        """;

    public const string ProjectKeys = "select distinct issue_key from same_issue_reports where project_id = @project_id and reported_at > @since";

    public const string CompanyKeys = "select distinct issue_key from same_issue_reports where reported_at > @since";

    public const string BranchCounts = """
        select issue_key, count(distinct (project_id, household_key))::int from same_issue_reports
        where branch_id = @branch_id and reported_at > @since
        group by issue_key
        """;

    /// <summary>Rows older than every window forgotten in one bounded batch.</summary>
    public const string Prune = """
        delete from same_issue_reports where ticket_id in (
            select ticket_id from same_issue_reports where reported_at <= @before order by reported_at limit @batch)
        """;
}
