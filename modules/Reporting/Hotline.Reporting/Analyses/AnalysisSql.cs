namespace Hotline.Reporting.Analyses;

/// <summary>
/// The analysis' own set-based reads of the query store (same-issue reports, penalty ledger, warning list) and of the
/// weekly summaries (this module's table). The penalties and red warnings take the week's half-open period
/// [@from, @to); the top issue keys take the same-issue counting window (@since, @until].
/// </summary>
internal static class AnalysisSql
{
    /// <summary>
    /// A11.3.2 ("一個公司相同問題累計…"): the company's same problems by distinct households in the counting window,
    /// as the company's counters count them: grouped by <c>company_key</c> (migration 0014: the issue key for a problem
    /// of the whole estate, the issue key qualified by its project for a located one), a household being one per project
    /// (its key is unique within its project only). Tickets and projects are those reports' within the window.
    /// </summary>
    public const string TopIssueKeys = """
        select company_key, count(distinct (project_id, household_key)) as households, count(*) as tickets, count(distinct project_id) as projects
        from same_issue_reports
        where reported_at > @since and reported_at <= @until
        group by company_key
        order by households desc, tickets desc, company_key
        limit @limit
        """;

    public const string Penalties = """
        select branch_id,
               count(*) filter (where kind = 'deduction' and level = 'Blue'),
               count(*) filter (where kind = 'deduction' and level = 'Yellow'),
               count(*) filter (where kind = 'deduction' and level = 'Red'),
               count(*) filter (where kind = 'reversal'),
               sum(points)
        from penalty_ledger
        where booked_at >= @from and booked_at < @to
        group by branch_id
        order by branch_id nulls first
        """;

    public const string RedWarnings = """
        select warning_id, project_id, branch_id, ticket_id, trigger, status, raised_at
        from warning_list
        where level = 'Red' and raised_at >= @from and raised_at < @to
        order by raised_at, warning_id
        limit @limit
        """;
}
