namespace Hotline.Kernel;

/// <summary>
/// One spelling per phone number, so a number an owner texts from, types into the portal or the call center reads out
/// matches the number in the household registry: separators dropped, mainland China's country code (+86, 0086)
/// dropped from an 11-digit mobile number.
/// </summary>
public static class PhoneNumbers
{
    /// <summary>The number's one spelling, or null when <paramref name="raw"/> is not 5 to 20 digits with an optional leading '+'.</summary>
    public static string? Normalize(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var phone = new string(raw.Where(c => c is not (' ' or '-' or '(' or ')' or '.')).ToArray());
        var digits = phone.StartsWith('+') ? phone[1..] : phone;
        if (digits.Length is < 5 or > 20 || !digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        foreach (var prefix in (string[])["+86", "0086"])
        {
            if (phone.StartsWith(prefix, StringComparison.Ordinal) && phone.Length == prefix.Length + 11 && phone[prefix.Length] == '1')
            {
                return phone[prefix.Length..];
            }
        }

        return phone;
    }
}
