namespace Hotline.Reporting.Overview;

/// <summary>GET /api/reports/overview's query: <c>scope</c> (company, branch:{id}, project:{id}), <c>from</c> and <c>to</c> (dates or date-times).</summary>
public sealed record OverviewQuery(string? Scope, string? From, string? To);
