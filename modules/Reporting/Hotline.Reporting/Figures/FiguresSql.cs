namespace Hotline.Reporting.Figures;

/// <summary>
/// The figure queries over the query store, one statement per figure group, each grouped by the pass's key (see
/// <see cref="FigureGrouping"/>); <see cref="FiguresBatch"/> runs those asked for in its lanes. Values are parameters: <c>@from</c>/<c>@to</c> the
/// period, <c>@since</c>/<c>@until</c> the same-issue window, <c>@month</c> the penalty month, <c>@scope</c> the narrowing id.
/// </summary>
internal static class FiguresSql
{
    /// <summary>Tickets registered in the period by kind, category and channel, with the period's invalid complaints (A10.4), suggestions (A10.2) and ratings.</summary>
    public static string Received(FigureGrouping g) => $"""
        select {g.Key()}, kind, category, channel, count(*)::bigint,
            count(*) filter (where kind = 'Complaint' and status = 'Invalid')::bigint,
            count(*) filter (where kind = 'Suggestion' and suggestion_adopted)::bigint,
            count(*) filter (where kind = 'Suggestion' and not suggestion_adopted)::bigint,
            count(*) filter (where kind = 'Suggestion' and suggestion_adopted is null)::bigint,
            count(rating_overall)::bigint, coalesce(sum(rating_overall), 0)::bigint,
            coalesce(sum(rating_speed), 0)::bigint, coalesce(sum(rating_attitude), 0)::bigint
        from ticket_list
        where registered_at >= @from and registered_at < @to{g.Where()}
        group by 1, kind, category, channel
        """;

    /// <summary>Tickets open now, whenever registered: all but closed and invalid (a resolved one still waits for the owner's callback).</summary>
    public static string Open(FigureGrouping g) => $"""
        select {g.Key()}, status, count(*)::bigint
        from ticket_list
        where status not in ('Closed', 'Invalid'){g.Where()}
        group by 1, status
        """;

    /// <summary>Each clock's outcomes over the period's tickets (ReportClocks.FilteredCounts), invalid complaints left out (A10.4).</summary>
    public static string Clocks(FigureGrouping g) => $"""
        select {g.Key("t.")},
            {ReportClocks.FilteredCounts("t")}
        from ticket_list t
        where t.registered_at >= @from and t.registered_at < @to and t.status <> 'Invalid'{g.Where("t.")}
        group by 1
        """;

    /// <summary>
    /// Warnings by level: raised in the period, open now (raised, verified or answered: not dismissed or closed), and of
    /// those raised in the period the verified and answered ones with their summed seconds (raised→verified, verified→answered).
    /// </summary>
    public static string Warnings(FigureGrouping g) => $"""
        select {g.Key()}, level,
            count(*) filter (where raised_at >= @from and raised_at < @to)::bigint,
            count(*) filter (where status in ('Raised', 'Verified', 'Answered'))::bigint,
            count(*) filter (where raised_at >= @from and raised_at < @to and verified_at is not null)::bigint,
            coalesce(sum(extract(epoch from verified_at - raised_at))
                filter (where raised_at >= @from and raised_at < @to and verified_at is not null), 0)::float8,
            count(*) filter (where raised_at >= @from and raised_at < @to and verified_at is not null and answered_at is not null)::bigint,
            coalesce(sum(extract(epoch from answered_at - verified_at))
                filter (where raised_at >= @from and raised_at < @to and verified_at is not null and answered_at is not null), 0)::float8
        from warning_list
        where ((raised_at >= @from and raised_at < @to) or status in ('Raised', 'Verified', 'Answered')){g.Where()}{g.Grouped()}
        group by 1, level
        """;

    /// <summary>
    /// Distinct households per issue key in the counting window (@since, @until] (A11.3): a project counts its issue keys
    /// (A11.3.3); a branch and the company count the company's keys, a household being one per project (A11.3.2). For
    /// those, each (key, project, household) is taken once (with its branch for a branch's count) in the order of the
    /// index same_issue_reports_households_by_key, so the rows come distinct off an index-only scan; then counted per key.
    /// </summary>
    public static string SameIssues(FigureGrouping g)
    {
        if (g.By == Hotline.Kernel.ScopeKind.Project)
        {
            return $"""
                select project_id, issue_key, count(distinct household_key)::bigint
                from same_issue_reports
                where reported_at > @since and reported_at <= @until{g.Where()}
                group by 1, 2
                """;
        }

        var once = g.By == Hotline.Kernel.ScopeKind.Branch ? "company_key, project_id, household_key, branch_id" : "company_key, project_id, household_key";
        return $"""
            select key, company_key, count(*)::bigint
            from (select distinct on ({once}) {g.Key()} as key, company_key
                  from same_issue_reports
                  where reported_at > @since and reported_at <= @until{g.Where()}
                  order by {once}) households
            group by 1, 2
            """;
    }

    /// <summary>The ledger's net points of the month (A12); a project's through its warnings, a branch's and the company's as booked.</summary>
    public static string Penalties(FigureGrouping g) => g.By == Hotline.Kernel.ScopeKind.Project
        ? $"""
            select w.project_id, sum(l.points)
            from penalty_ledger l join warning_list w on w.warning_id = l.warning_id
            where l.month = @month and w.project_id is not null{g.Where("w.")}
            group by 1
            """
        : $"""
            select {g.Key()}, sum(points)
            from penalty_ledger
            where month = @month{g.Where()}{g.Grouped()}
            group by 1
            """;
}
