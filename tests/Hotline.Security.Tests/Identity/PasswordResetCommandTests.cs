using System.Text.RegularExpressions;
using Hotline.Security.Identity.Accounts;
using Hotline.TestKit;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace Hotline.Security.Tests.Identity;

/// <summary>`reset-password &lt;username&gt;` prints a new random password once and lifts a lock.</summary>
public sealed partial class PasswordResetCommandTests
{
    [Fact]
    public async Task ResetPassword_ExistingAccount_PrintsANewPasswordThatVerifies()
    {
        var database = await TestPostgres.CreateDatabaseAsync("resetpassword");
        await using (var unknown = HostProcess.Start(["reset-password", "nobody", $"--ConnectionStrings:Hotline={database}"], RepoPaths.Root))
        {
            // Also brings the schema up to date for the account below.
            Assert.Equal(1, await unknown.WaitForExit());
            Assert.Contains("no account 'nobody'", unknown.Output);
        }

        await using var dataSource = NpgsqlDataSource.Create(database);
        var accounts = new AccountStore(dataSource);
        var passwords = new StaffPasswords();
        await accounts.CreateAsync("gm", "gm", passwords.Hash("old-password"), DateTimeOffset.UtcNow);

        await using var reset = HostProcess.Start(["reset-password", "GM", $"--ConnectionStrings:Hotline={database}"], RepoPaths.Root);

        Assert.Equal(0, await reset.WaitForExit());
        var password = NewPassword().Match(reset.Output).Groups[1].Value;
        var account = await accounts.FindAsync("gm");
        Assert.Equal(16, password.Length);
        Assert.Equal(PasswordVerificationResult.Success, passwords.Verify(account!.PasswordHash, password));
        Assert.Equal(PasswordVerificationResult.Failed, passwords.Verify(account.PasswordHash, "old-password"));
    }

    [GeneratedRegex(@"\(shown only once\): (\S+)")]
    private static partial Regex NewPassword();
}
