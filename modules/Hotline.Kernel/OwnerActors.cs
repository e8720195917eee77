using System.Security.Cryptography;
using System.Text;

namespace Hotline.Kernel;

/// <summary>
/// Owners act on their own tickets (portal, SMS replies) without a staff account. Their <see cref="Actor"/> names them
/// by a digest of their normalised phone number, so a timeline shows the same owner the same way on every channel and
/// never holds the number itself.
/// </summary>
public static class OwnerActors
{
    /// <summary>The <see cref="Actor.Role"/> of an owner.</summary>
    public const string Role = "Owner";

    /// <summary>An owner's actor: <c>owner:</c> and the first 16 hex digits of SHA-256 over the normalised phone number.</summary>
    public static Actor ForPhone(string phone)
    {
        var normalized = PhoneNumbers.Normalize(phone) ?? throw new ArgumentException("not a phone number", nameof(phone));
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(normalized));
        return new Actor("owner:" + Convert.ToHexStringLower(digest)[..16], Role);
    }

    public static bool IsOwner(Actor actor) => actor is { Role: Role };
}
