namespace Hotline.Reporting.Analyses;

/// <summary>
/// The analysis' own set-based reads of the query store (same-issue reports, penalty ledger, warning list) and of the
/// weekly summaries (this module's table); each takes the week's half-open period [@from, @to).
/// </summary>
internal static class AnalysisSql
{
    /// <summary>A11.3: households per issue key, a household being one per project (its key is unique within its project only).</summary>
    public const string TopIssueKeys = """
        select issue_key, count(distinct (project_id, household_key)) as households, count(*) as tickets, count(distinct project_id) as projects
        from same_issue_reports
        where reported_at >= @from and reported_at < @to
        group by issue_key
        order by households desc, tickets desc, issue_key
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
