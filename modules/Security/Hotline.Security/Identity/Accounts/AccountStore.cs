using Npgsql;

namespace Hotline.Security.Identity.Accounts;

/// <summary>Staff accounts in PostgreSQL (table staff_accounts). Usernames compare without case.</summary>
public sealed class AccountStore(NpgsqlDataSource database)
{
    private const string Columns = "username, person_id, password_hash, failed_attempts, locked_until";

    public async Task<StaffAccount?> FindAsync(string username)
    {
        await using var command = database.CreateCommand($"select {Columns} from staff_accounts where lower(username) = lower($1)");
        command.Parameters.AddWithValue(username);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? new StaffAccount(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4))
            : null;
    }

    /// <summary>Adds an account; false (and nothing changes) when the username or the person already has one.</summary>
    public async Task<bool> CreateAsync(string username, string personId, string passwordHash, DateTimeOffset now)
    {
        await using var command = database.CreateCommand(
            "insert into staff_accounts (username, person_id, password_hash, created_at, changed_at) values ($1, $2, $3, $4, $4) on conflict do nothing");
        command.Parameters.AddWithValue(username);
        command.Parameters.AddWithValue(personId);
        command.Parameters.AddWithValue(passwordHash);
        command.Parameters.AddWithValue(now);
        return await command.ExecuteNonQueryAsync() == 1;
    }

    public async Task<IReadOnlySet<string>> PersonIdsWithAccountsAsync()
    {
        await using var command = database.CreateCommand("select person_id from staff_accounts");
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>Counts a wrong password; the one that reaches <paramref name="maxFailedAttempts"/> locks the account. Answers the lock's end, if locked now.</summary>
    public async Task<DateTimeOffset?> RecordFailureAsync(string username, int maxFailedAttempts, DateTimeOffset lockUntil, DateTimeOffset now)
    {
        // One statement, so concurrent wrong guesses on several silos are all counted.
        await using var command = database.CreateCommand(
            """
            update staff_accounts
               set failed_attempts = case when failed_attempts + 1 >= $2 then 0 else failed_attempts + 1 end,
                   locked_until = case when failed_attempts + 1 >= $2 then $3 else locked_until end,
                   changed_at = $4
             where lower(username) = lower($1)
            returning locked_until
            """);
        command.Parameters.AddWithValue(username);
        command.Parameters.AddWithValue(maxFailedAttempts);
        command.Parameters.AddWithValue(lockUntil);
        command.Parameters.AddWithValue(now);
        // timestamptz reads back as a UTC DateTime.
        var lockedUntil = await command.ExecuteScalarAsync() is DateTime until ? new DateTimeOffset(until, TimeSpan.Zero) : (DateTimeOffset?)null;
        return lockedUntil > now ? lockedUntil : null;
    }

    /// <summary>A right password: the failure count starts again; a hash in an older format is replaced.</summary>
    public async Task RecordSuccessAsync(string username, string? rehashed, DateTimeOffset now)
    {
        await using var command = database.CreateCommand(
            "update staff_accounts set failed_attempts = 0, locked_until = null, password_hash = coalesce($2, password_hash), changed_at = $3 where lower(username) = lower($1)");
        command.Parameters.AddWithValue(username);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)rehashed ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.AddWithValue(now);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Replaces the password and lifts any lock; false when there is no such account.</summary>
    public async Task<bool> SetPasswordAsync(string username, string passwordHash, DateTimeOffset now)
    {
        await using var command = database.CreateCommand(
            "update staff_accounts set password_hash = $2, failed_attempts = 0, locked_until = null, changed_at = $3 where lower(username) = lower($1)");
        command.Parameters.AddWithValue(username);
        command.Parameters.AddWithValue(passwordHash);
        command.Parameters.AddWithValue(now);
        return await command.ExecuteNonQueryAsync() == 1;
    }
}
