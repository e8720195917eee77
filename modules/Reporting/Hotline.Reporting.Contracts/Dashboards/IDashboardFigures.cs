namespace Hotline.Reporting.Contracts.Dashboards;

/// <summary>
/// A dashboard's figures (issue 13) for one scope and period: the live view exactly as GET /api/reports/overview answers
/// it for that scope and period (the same <see cref="IReportFigures"/> call and the same shortened same-issue list), the
/// penalty points of each project of a branch or the company, and the last weeks' registrations and on-time rate.
/// Whether the person may see the scope is the access policy's question, asked before.
/// </summary>
public interface IDashboardFigures
{
    Task<DashboardFigures> For(ReportScope scope, DashboardPeriod period, CancellationToken ct = default);
}
