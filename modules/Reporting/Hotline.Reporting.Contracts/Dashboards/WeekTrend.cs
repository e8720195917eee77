namespace Hotline.Reporting.Contracts.Dashboards;

/// <summary>
/// One reporting week of a trend (<c>YYYY-Www</c>, A10.1.3.4's weeks): tickets registered in it, and over all clocks of
/// those tickets the ones met on time of those decided (met or breached); the rate is null when none was decided.
/// </summary>
public sealed record WeekTrend(string Week, ReportPeriod Period, long Registered, long OnTime, long Decided)
{
    public double? OnTimeRate => Decided > 0 ? (double)OnTime / Decided : null;
}
