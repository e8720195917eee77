namespace Hotline.Reporting.Overview;

/// <summary>
/// GET /api/reports/overview's query: <c>scope</c> (company, branch:{id}, project:{id}), <c>from</c> and <c>to</c>
/// (dates or date-times), <c>format</c> (json, xlsx, csv, html), <c>issues</c> (how many same-issue keys below the line
/// to list, <see cref="SameIssueList"/>).
/// </summary>
public sealed record OverviewQuery(string? Scope, string? From, string? To, string? Format = null, string? Issues = null);
