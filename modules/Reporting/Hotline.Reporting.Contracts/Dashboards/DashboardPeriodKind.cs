namespace Hotline.Reporting.Contracts.Dashboards;

/// <summary>The periods a dashboard offers: the current reporting week, this month so far, or a chosen month.</summary>
public enum DashboardPeriodKind
{
    ThisWeek,
    ThisMonth,
    Month,
}
