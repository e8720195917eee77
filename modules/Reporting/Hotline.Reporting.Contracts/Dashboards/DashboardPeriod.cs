using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Hotline.Reporting.Contracts.Dashboards;

/// <summary>
/// A dashboard's period as its address writes it: <c>week</c> (the reporting week now running), <c>month</c> (this
/// month, as the overview's default period) or <c>YYYY-MM</c> (that whole month).
/// </summary>
public sealed record DashboardPeriod(DashboardPeriodKind Kind, int Year = 0, int Month = 0)
{
    public static readonly DashboardPeriod ThisWeek = new(DashboardPeriodKind.ThisWeek);

    public static readonly DashboardPeriod ThisMonth = new(DashboardPeriodKind.ThisMonth);

    public static DashboardPeriod Of(int year, int month) => new(DashboardPeriodKind.Month, year, month);

    public override string ToString() => Kind switch
    {
        DashboardPeriodKind.ThisWeek => "week",
        DashboardPeriodKind.ThisMonth => "month",
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}"),
    };

    /// <summary>Reads <c>week</c>, <c>month</c> or <c>YYYY-MM</c> (a year from 2000); null or blank is this month.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DashboardPeriod? period)
    {
        var value = text?.Trim() ?? "";
        period = value.ToLowerInvariant() switch
        {
            "" or "month" => ThisMonth,
            "week" => ThisWeek,
            _ when value.Length == 7
                && DateTime.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
                && month.Year >= 2000 => Of(month.Year, month.Month),
            _ => null,
        };
        return period is not null;
    }
}
