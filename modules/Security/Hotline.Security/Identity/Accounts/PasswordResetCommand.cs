using Npgsql;

namespace Hotline.Security.Identity.Accounts;

/// <summary>The host command `reset-password &lt;username&gt;`: a new random password, printed once, and any lock lifted.</summary>
public static class PasswordResetCommand
{
    /// <summary>0 when the password was replaced; 1 when there is no such account.</summary>
    public static async Task<int> RunAsync(string connectionString, string username, TextWriter output, TextWriter error)
    {
        await using var database = NpgsqlDataSource.Create(connectionString);
        var password = StaffPasswords.Generate();
        var hash = new StaffPasswords().Hash(password);
        if (!await new AccountStore(database).SetPasswordAsync(username, hash, TimeProvider.System.GetUtcNow()))
        {
            await error.WriteLineAsync($"Hotline: no account '{username}'.");
            return 1;
        }

        await output.WriteLineAsync($"New password for '{username}' (shown only once): {password}");
        return 0;
    }
}
