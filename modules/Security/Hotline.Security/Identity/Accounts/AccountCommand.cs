using Hotline.Security.Identity.Sso;
using Npgsql;

namespace Hotline.Security.Identity.Accounts;

/// <summary>
/// The host commands an administrator runs on a staff account: `lock-account`, `unlock-account` and `remove-account
/// &lt;username&gt;` (a lock or removal revokes the person's tokens and sessions: at once on the database, on every
/// running host within Hotline:Security:StampCacheSeconds), and `link-sso &lt;username&gt; &lt;issuer&gt; &lt;subject&gt;`
/// (the only way a single sign-on subject signs in as someone).
/// </summary>
public static class AccountCommand
{
    public static readonly string[] Names = ["lock-account", "unlock-account", "remove-account", "link-sso"];

    /// <summary>0 when done; 1 when there is no such account (or, for link-sso, the subject is linked already); 2 for wrong arguments.</summary>
    public static async Task<int> RunAsync(string connectionString, string command, IReadOnlyList<string> arguments, TextWriter output, TextWriter error)
    {
        await using var database = NpgsqlDataSource.Create(connectionString);
        var accounts = new AccountStore(database);
        var now = TimeProvider.System.GetUtcNow();
        var (done, wanted) = (command, arguments) switch
        {
            ("lock-account", [var user]) => (await accounts.SetLockedAsync(user, true, now), 1),
            ("unlock-account", [var user]) => (await accounts.SetLockedAsync(user, false, now), 1),
            ("remove-account", [var user]) => (await accounts.RemoveAsync(user, now), 1),
            ("link-sso", [var user, var issuer, var subject]) => (await new SsoLinkStore(database).LinkAsync(user, issuer, subject, now), 3),
            ("link-sso", _) => (false, 3),
            _ => (false, 1),
        };
        if (arguments.Count != wanted)
        {
            await error.WriteLineAsync($"Hotline: {command} takes {(wanted == 3 ? "<username> <issuer> <subject>" : "<username>")}.");
            return 2;
        }

        if (!done)
        {
            await error.WriteLineAsync($"Hotline: {command} {arguments[0]}: no such account{(command == "link-sso" ? ", or that subject is linked already" : "")}.");
            return 1;
        }

        await output.WriteLineAsync($"Hotline: {command} {string.Join(' ', arguments)}: done.");
        return 0;
    }
}
