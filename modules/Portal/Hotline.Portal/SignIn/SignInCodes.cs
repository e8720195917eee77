using System.Security.Cryptography;
using System.Text;

namespace Hotline.Portal.SignIn;

/// <summary>Six-digit one-time codes: drawn from a cryptographic generator, stored only as a digest bound to the owner.</summary>
public static class SignInCodes
{
    public const int Length = 6;

    public static string Next() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static byte[] Hash(string ownerKey, string code) => SHA256.HashData(Encoding.UTF8.GetBytes($"{ownerKey}\n{code}"));

    public static bool IsWellFormed(string? code) => code is { Length: Length } && code.All(char.IsAsciiDigit);

    public static bool Matches(byte[] stored, string ownerKey, string code) => CryptographicOperations.FixedTimeEquals(stored, Hash(ownerKey, code));
}
