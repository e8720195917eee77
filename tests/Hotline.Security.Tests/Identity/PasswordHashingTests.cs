using System.Buffers.Binary;
using Hotline.Security.Identity.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Hotline.Security.Tests.Identity;

/// <summary>Passwords are kept only as the framework's slow, salted hash.</summary>
public sealed class PasswordHashingTests
{
    private readonly StaffPasswords _passwords = new();

    [Fact]
    public void Hash_SamePasswordTwice_DiffersBySaltAndBothVerify()
    {
        var first = _passwords.Hash("same password for two");
        var second = _passwords.Hash("same password for two");

        Assert.NotEqual(first, second);
        Assert.Equal(PasswordVerificationResult.Success, _passwords.Verify(first, "same password for two"));
        Assert.Equal(PasswordVerificationResult.Success, _passwords.Verify(second, "same password for two"));
        Assert.Equal(PasswordVerificationResult.Failed, _passwords.Verify(first, "Same password for two"));
        Assert.DoesNotContain("same password", first);
    }

    [Fact]
    public void Hash_IsPbkdf2WithAtLeast100000Iterations()
    {
        // Identity's v3 format: 0x01, PRF (4 bytes), iteration count (4 bytes, big-endian), salt length, salt, subkey.
        var bytes = Convert.FromBase64String(_passwords.Hash("anything"));

        Assert.Equal(0x01, bytes[0]);
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5, 4)) >= 100_000);
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(9, 4)) >= 16, "salt of at least 128 bits");
    }

    [Fact]
    public void Generate_GivesDifferentSixteenCharacterPasswords()
    {
        var passwords = Enumerable.Range(0, 50).Select(_ => StaffPasswords.Generate()).ToList();

        Assert.All(passwords, p => Assert.Equal(16, p.Length));
        Assert.Equal(50, passwords.Distinct().Count());
    }
}
