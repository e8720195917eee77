namespace Hotline.Organization.SameIssue;

/// <summary>The query texts of <see cref="SameIssueStore"/> over <c>same_issue_reports</c> (migration 0011).</summary>
internal static class SameIssueSql
{
    /// <summary>
    /// A11.1.1, the one rule: the household's latest earlier ticket of the issue key in the project, reported within the
    /// repeat window before <c>@reported_at</c> (<c>@repeat_since</c> = reported_at - window). Recording a report and the
    /// call center's check before registering (<see cref="RepeatComplaintCheck"/>) both use this text.
    /// </summary>
    public const string Earlier = """
        select ticket_id from same_issue_reports
            where issue_key = @issue_key and project_id = @project_id and household_key = @household_key
              and reported_at <= @reported_at and reported_at > @repeat_since and ticket_id <> @ticket_id
            order by reported_at desc, sequence desc
            limit 1
        """;

    /// <summary>
    /// Inserts the report once, with the household's latest earlier ticket within the repeat window (A11.1.1); a known
    /// ticket id inserts nothing and answers what its first insert stored. One round trip either way.
    /// </summary>
    public const string Record = $$"""
        with earlier as ({{Earlier}}),
        inserted as (
            insert into same_issue_reports (ticket_id, issue_key, company_key, project_id, branch_id, household, household_key, reported_at, repeat_of)
            values (@ticket_id, @issue_key, @company_key, @project_id, @branch_id, @household, @household_key, @reported_at, (select ticket_id from earlier))
            on conflict (ticket_id) do nothing
            returning repeat_of)
        select repeat_of, true from inserted
        union all
        select repeat_of, false from same_issue_reports where ticket_id = @ticket_id and not exists (select 1 from inserted)
        """;

    /// <summary>
    /// A legacy row (state written before migration 0011): its repeat is already known; its company key follows the
    /// rule the households migration applied to the rows it found (a located "category/subject/place" key is local).
    /// </summary>
    public const string Adopt = """
        insert into same_issue_reports (ticket_id, issue_key, company_key, project_id, branch_id, household, household_key, reported_at, repeat_of)
        select t, k, case when k ~ '^[^/]+/[^/]+/[^/]+$' and k !~ '/project$' then k || '@' || p else k end, p, b, h, hk, r, ro
        from unnest(@ticket_ids, @issue_keys, @project_ids, @branch_ids, @households, @household_keys, @reported_ats, @repeat_ofs)
            as u(t, k, p, b, h, hk, r, ro)
        on conflict (ticket_id) do nothing
        """;

    /// <summary>A ticket's report withdrawn (invalid complaint) or about to be stored again under its new key or project.</summary>
    public const string Remove = "delete from same_issue_reports where ticket_id = @ticket_id";

    public const string ProjectWindow = """
        select household_key, max(reported_at) from same_issue_reports
        where issue_key = @issue_key and project_id = @project_id and reported_at > @since
        group by household_key
        """;

    public const string CompanyWindow = """
        select project_id, household_key, max(reported_at) from same_issue_reports
        where company_key = @issue_key and reported_at > @since
        group by project_id, household_key
        """;

    public const string ProjectTickets = """
        select ticket_id from same_issue_reports
        where issue_key = @issue_key and project_id = @project_id and reported_at > @since
        order by reported_at, sequence
        """;

    public const string CompanyTickets = """
        select ticket_id from same_issue_reports
        where company_key = @issue_key and reported_at > @since
        order by reported_at, sequence
        """;

    public const string ProjectKeys = "select distinct issue_key from same_issue_reports where project_id = @project_id and reported_at > @since";

    public const string CompanyKeys = "select distinct company_key from same_issue_reports where reported_at > @since";

    public const string BranchCounts = """
        select company_key, count(distinct (project_id, household_key))::int from same_issue_reports
        where branch_id = @branch_id and reported_at > @since
        group by company_key
        """;

    /// <summary>Rows older than every window forgotten in one bounded batch.</summary>
    public const string Prune = """
        delete from same_issue_reports where ticket_id in (
            select ticket_id from same_issue_reports where reported_at <= @before order by reported_at limit @batch)
        """;
}
