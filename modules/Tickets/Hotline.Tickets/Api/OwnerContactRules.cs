using System.Text.RegularExpressions;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Api;

/// <summary>
/// The owner's name and phone as registration accepts them: a mainland mobile number (1[3-9] and 9 digits) or a
/// landline with its area code ("010-12345678", "0571 8888 8888"); spaces are dropped. Messages never repeat the value.
/// </summary>
public static partial class OwnerContactRules
{
    public const int MaxNameLength = 50;
    public const int MaxPhoneLength = 20;

    public static OwnerContact? Check(string? ownerName, string? ownerPhone, Action<string, string> fail)
    {
        ArgumentNullException.ThrowIfNull(fail);
        var name = string.IsNullOrWhiteSpace(ownerName) ? null : ownerName.Trim();
        if (name?.Length > MaxNameLength)
        {
            fail("ownerName", $"must be at most {MaxNameLength} characters");
        }
        else if (name is not null && name.Any(char.IsControl))
        {
            fail("ownerName", "must not contain control characters");
        }

        var phone = string.IsNullOrWhiteSpace(ownerPhone) ? null : string.Concat(ownerPhone.Where(c => !char.IsWhiteSpace(c)));
        if (phone?.Length > MaxPhoneLength)
        {
            fail("ownerPhone", $"must be at most {MaxPhoneLength} characters");
        }
        else if (phone is not null && !Mobile().IsMatch(phone) && !Landline().IsMatch(phone))
        {
            fail("ownerPhone", "must be a mainland mobile number (11 digits, 13x–19x) or a landline with its area code, e.g. 010-12345678");
        }

        return name is null && phone is null ? null : new OwnerContact(name, phone);
    }

    [GeneratedRegex(@"^1[3-9][0-9]{9}$", RegexOptions.CultureInvariant)]
    private static partial Regex Mobile();

    [GeneratedRegex(@"^0[1-9][0-9]{1,2}-?[0-9]{7,8}(-[0-9]{1,6})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Landline();
}
