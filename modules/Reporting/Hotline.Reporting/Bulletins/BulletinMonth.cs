using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Hotline.Reporting.Contracts;

namespace Hotline.Reporting.Bulletins;

/// <summary>A business month written <c>YYYY-MM</c> (years 2000–2999): the month a bulletin covers, and the two it is compared with.</summary>
public sealed record BulletinMonth(int Year, int Month)
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out BulletinMonth? month)
    {
        month = null;
        var value = text?.Trim();
        if (value is not { Length: 7 } || value[4] != '-'
            || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year is < 2000 or > 2999 || number is < 1 or > 12)
        {
            return false;
        }

        month = new BulletinMonth(year, number);
        return true;
    }

    /// <summary>The month in <paramref name="zone"/> that <paramref name="at"/> falls in.</summary>
    public static BulletinMonth Of(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        return new BulletinMonth(local.Year, local.Month);
    }

    public ReportPeriod Period(TimeZoneInfo zone) => ReportPeriod.OfMonth(Year, Month, zone);

    public BulletinMonth Previous => Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);

    public BulletinMonth SameMonthLastYear => new(Year - 1, Month);

    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
