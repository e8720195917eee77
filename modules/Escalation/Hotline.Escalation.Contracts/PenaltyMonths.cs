using System.Globalization;

namespace Hotline.Escalation.Contracts;

/// <summary>Assessment months as the ledger stores them: "YYYY-MM" of an instant in the business time zone.</summary>
public static class PenaltyMonths
{
    public const string Format = "yyyy-MM";

    public static string Of(DateTimeOffset instant, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>True for "YYYY-MM" with a month 01-12 and a year 2000-9999.</summary>
    public static bool IsValid(string? month) =>
        month is { Length: 7 }
        && DateTime.TryParseExact(month, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
        && parsed.Year >= 2000;
}
