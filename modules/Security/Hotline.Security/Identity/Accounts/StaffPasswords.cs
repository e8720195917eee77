using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Hotline.Security.Identity.Accounts;

/// <summary>The framework's slow salted password hash (ASP.NET Core Identity, PBKDF2), and random passwords for new accounts.</summary>
public sealed class StaffPasswords
{
    // No look-alike characters (0/O, 1/l/I), so a printed password can be typed.
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private readonly PasswordHasher<StaffAccount> _hasher = new();
    private readonly Lazy<string> _dummyHash;

    public StaffPasswords() => _dummyHash = new Lazy<string>(() => Hash(Generate()));

    public string Hash(string password) => _hasher.HashPassword(null!, password);

    public PasswordVerificationResult Verify(string hash, string password) => _hasher.VerifyHashedPassword(null!, hash, password);

    /// <summary>Spends the same work as checking a real account, so the answer time does not tell whether a username exists.</summary>
    public void VerifyNothing(string password) => _hasher.VerifyHashedPassword(null!, _dummyHash.Value, password);

    /// <summary>A random password from the cryptographic generator: 16 characters, about 93 bits.</summary>
    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, 16);
}
