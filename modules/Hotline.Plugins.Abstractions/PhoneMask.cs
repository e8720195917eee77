namespace Hotline.Plugins.Abstractions;

/// <summary>Phone numbers are personal data: logs and statuses show them masked, e.g. 138****1234.</summary>
public static class PhoneMask
{
    public static string Mask(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return "(none)";
        }

        var digits = phone.Trim();
        return digits.Length <= 7
            ? new string('*', digits.Length)
            : string.Concat(digits.AsSpan(0, 3), new string('*', digits.Length - 7), digits.AsSpan(digits.Length - 4));
    }
}
