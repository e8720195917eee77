using System.Globalization;

namespace Hotline.Tickets.Queries;

/// <summary>
/// A ticket's short number, to read over the phone: a company-wide sequence (one deployment serves one company) shown
/// zero-padded to six digits, "000123", and longer once past 999999. Leading zeros may be left out when it is typed.
/// </summary>
public static class TicketNumber
{
    /// <summary>Longer than any number a company will reach; shorter than a GUID, so the two never mix.</summary>
    public const int MaxDigits = 12;

    public static string Format(long number) => number.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Digits only (1 to <see cref="MaxDigits"/>), not zero.</summary>
    public static bool TryParse(string? text, out long number)
    {
        number = 0;
        return text is { Length: > 0 and <= MaxDigits } && text.All(char.IsAsciiDigit)
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;
    }
}
