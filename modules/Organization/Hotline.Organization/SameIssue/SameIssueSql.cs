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
    public const string Record = $"with {Recorded} select repeat_of, is_new from recorded";

    /// <summary>The report inserted once (its earlier ticket found first), or what its first insert stored: <c>recorded(repeat_of, is_new)</c>.</summary>
    private const string Recorded = $$"""
        earlier as ({{Earlier}}),
        inserted as (
            insert into same_issue_reports (ticket_id, issue_key, company_key, project_id, branch_id, household, household_key, reported_at, repeat_of)
            values (@ticket_id, @issue_key, @company_key, @project_id, @branch_id, @household, @household_key, @reported_at, (select ticket_id from earlier))
            on conflict (ticket_id) do nothing
            returning repeat_of),
        recorded (repeat_of, is_new) as (
            select repeat_of, true from inserted
            union all
            select repeat_of, false from same_issue_reports where ticket_id = @ticket_id and not exists (select 1 from inserted))
        """;

    /// <summary>
    /// <see cref="Record"/> for a project that counts in the same round trip (issue 14). Unless the project's counter
    /// (<c>@counter_key</c>) keeps an incident (<c>same_issue_incidents</c>), the key's distinct households in the project's
    /// window, this report's included (the insert is not visible to the rest of the statement, hence the union); an
    /// uncorrelated subquery runs only when its value is first asked. Last, whether the company's counter of a local issue
    /// (<c>@company_counter_key</c>, null otherwise) keeps one.
    /// </summary>
    public const string RecordAndCount = $$"""
        with {{Recorded}}
        select repeat_of, is_new,
            case when not exists (select 1 from same_issue_incidents where counter_key = @counter_key)
            then (select count(*)::int from (
                    select household_key from same_issue_reports
                    where issue_key = @issue_key and project_id = @project_id and reported_at > @since
                    union
                    select @household_key where @reported_at > @since) households)
            end,
            exists (select 1 from same_issue_incidents where counter_key = @company_counter_key)
        from recorded
        """;

    /// <summary>The counter keeps an incident: reports of its key wake it (idempotent).</summary>
    public const string MarkIncident = "insert into same_issue_incidents (counter_key) values (@counter_key) on conflict do nothing";

    public const string UnmarkIncident = "delete from same_issue_incidents where counter_key = @counter_key";

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
