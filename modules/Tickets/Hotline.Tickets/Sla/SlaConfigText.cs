using System.Globalization;

namespace Hotline.Tickets.Sla;

/// <summary>Reads the policy's dates and times of day strictly, so "10/01" never passes for a date.</summary>
internal static class SlaConfigText
{
    private static readonly string[] TimeFormats = ["HH:mm", "HH:mm:ss"];

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A window's end may be "24:00": midnight at the end of the day, held as 00:00.</summary>
    public static bool TryParseTimeOfDay(string? text, bool isWindowEnd, out TimeOnly time)
    {
        text = text?.Trim();
        if (isWindowEnd && text is "24:00" or "24:00:00")
        {
            time = TimeOnly.MinValue;
            return true;
        }

        return TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    /// <summary>A checked window; null when none is given. Call only after <see cref="SlaPolicyOptionsCheck"/> passed.</summary>
    public static (TimeOnly Start, TimeOnly End)? Window(DutyWindowOptions? window) =>
        window is not null && TryParseTimeOfDay(window.Start, isWindowEnd: false, out var start) && TryParseTimeOfDay(window.End, isWindowEnd: true, out var end)
            ? (start, end)
            : null;

    public static IEnumerable<DateOnly> Dates(IEnumerable<string>? texts) =>
        (texts ?? []).Select(text => TryParseDate(text, out var date) ? date : (DateOnly?)null).OfType<DateOnly>();
}
