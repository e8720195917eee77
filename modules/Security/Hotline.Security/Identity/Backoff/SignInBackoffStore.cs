using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Hotline.Security.Identity.Backoff;

/// <summary>
/// Failure counts and back-off ends per key (table sign_in_backoff), shared by every silo. Keys are hashed: a
/// guessed user name (sometimes a password typed in the wrong field) or an address is never stored in clear.
/// </summary>
public sealed class SignInBackoffStore(NpgsqlDataSource database)
{
    public static string NameKey(string username) => Hash("name", username.Trim().ToLowerInvariant());

    public static string AddressKey(string address) => Hash("address", address);

    public static string DeviceKey(string deviceToken) => Hash("device", deviceToken);

    /// <summary>The latest back-off end among the keys that is still in the future; null when none backs off.</summary>
    public async Task<DateTimeOffset?> BlockedUntilAsync(IReadOnlyList<string> keys, DateTimeOffset now)
    {
        await using var command = database.CreateCommand("select max(blocked_until) from sign_in_backoff where key = any($1) and blocked_until > $2");
        command.Parameters.AddWithValue(keys.ToArray());
        command.Parameters.AddWithValue(now);
        return await command.ExecuteScalarAsync() is DateTime until ? new DateTimeOffset(until, TimeSpan.Zero) : null;
    }

    /// <summary>Counts one failure on the key (a count older than <paramref name="forgetAfter"/> starts again); answers the count.</summary>
    public async Task<int> RecordFailureAsync(string key, TimeSpan forgetAfter, DateTimeOffset now)
    {
        // One statement, so concurrent failures on several silos are all counted.
        await using var command = database.CreateCommand(
            """
            insert into sign_in_backoff (key, failures, blocked_until, last_failure_at) values ($1, 1, null, $2)
            on conflict (key) do update set
                failures = case when sign_in_backoff.last_failure_at < $3 then 1 else sign_in_backoff.failures + 1 end,
                blocked_until = case when sign_in_backoff.last_failure_at < $3 then null else sign_in_backoff.blocked_until end,
                last_failure_at = $2
            returning failures
            """);
        command.Parameters.AddWithValue(key);
        command.Parameters.AddWithValue(now);
        command.Parameters.AddWithValue(now - forgetAfter);
        return (int)(await command.ExecuteScalarAsync())!;
    }

    public async Task BlockAsync(string key, DateTimeOffset until)
    {
        await using var command = database.CreateCommand("update sign_in_backoff set blocked_until = greatest(blocked_until, $2) where key = $1");
        command.Parameters.AddWithValue(key);
        command.Parameters.AddWithValue(until);
        await command.ExecuteNonQueryAsync();
    }

    public async Task ClearAsync(string key)
    {
        await using var command = database.CreateCommand("delete from sign_in_backoff where key = $1");
        command.Parameters.AddWithValue(key);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Drops counts nobody added to for longer than they are remembered (random names would otherwise pile up).</summary>
    public async Task ForgetOlderThanAsync(DateTimeOffset cutoff)
    {
        await using var command = database.CreateCommand("delete from sign_in_backoff where last_failure_at < $1 and (blocked_until is null or blocked_until < $1)");
        command.Parameters.AddWithValue(cutoff);
        await command.ExecuteNonQueryAsync();
    }

    private static string Hash(string kind, string value) =>
        $"{kind}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))}";
}
