using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Hotline.Escalation.Contracts;
using Hotline.Reporting.Contracts;

namespace Hotline.Reporting.Bulletins;

/// <summary>
/// A business month written as the penalty ledger writes it (<see cref="PenaltyMonths"/>, <c>YYYY-MM</c> from 2000): the
/// month a bulletin covers, and the two it is compared with. Years from 9999 are refused besides, so the month's period
/// (up to the first instant of the next month) always exists.
/// </summary>
public sealed record BulletinMonth(int Year, int Month)
{
    private const int LastYear = 9998;

    public static bool TryParse(string? text, [NotNullWhen(true)] out BulletinMonth? month)
    {
        month = null;
        var value = text?.Trim();
        if (!PenaltyMonths.IsValid(value))
        {
            return false;
        }

        var parsed = DateTime.ParseExact(value!, PenaltyMonths.Format, CultureInfo.InvariantCulture);
        if (parsed.Year > LastYear)
        {
            return false;
        }

        month = new BulletinMonth(parsed.Year, parsed.Month);
        return true;
    }

    public ReportPeriod Period(TimeZoneInfo zone) => ReportPeriod.OfMonth(Year, Month, zone);

    public BulletinMonth Previous => Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);

    public BulletinMonth SameMonthLastYear => new(Year - 1, Month);

    public override string ToString() => new DateTime(Year, Month, 1).ToString(PenaltyMonths.Format, CultureInfo.InvariantCulture);
}
