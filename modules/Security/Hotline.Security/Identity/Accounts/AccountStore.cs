using Npgsql;

namespace Hotline.Security.Identity.Accounts;

/// <summary>Staff accounts in PostgreSQL (table staff_accounts). Usernames compare without case.</summary>
/// <remarks>A password reset, lock or removal gives the person a new security stamp in the same statement, and this
/// silo's cached stamp is dropped (<paramref name="stamps"/>; none in the reset-password command's own process).</remarks>
public sealed class AccountStore(NpgsqlDataSource database, SecurityStamps? stamps = null)
{
    private const string Columns = "username, person_id, password_hash, failed_attempts, locked_until, disabled_at";

    public async Task<StaffAccount?> FindAsync(string username)
    {
        await using var command = database.CreateCommand($"select {Columns} from staff_accounts where lower(username) = lower($1)");
        command.Parameters.AddWithValue(username);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? new StaffAccount(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4), reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5))
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

    /// <summary>A right password: a hash in an older format is replaced.</summary>
    public async Task RecordSuccessAsync(string username, string? rehashed, DateTimeOffset now)
    {
        await using var command = database.CreateCommand(
            "update staff_accounts set password_hash = coalesce($2, password_hash), changed_at = $3 where lower(username) = lower($1)");
        command.Parameters.AddWithValue(username);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)rehashed ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.AddWithValue(now);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Replaces the password and revokes every token and session of the account's person; false when there is no such account.</summary>
    public async Task<bool> SetPasswordAsync(string username, string passwordHash, DateTimeOffset now)
    {
        await using var command = database.CreateCommand(
            $"""
            with changed as (
                update staff_accounts set password_hash = $2, changed_at = $3 where lower(username) = lower($1) returning person_id)
            {SecurityStampStore.RotateFrom("changed", "$3")}
            """);
        command.Parameters.AddWithValue(username);
        command.Parameters.AddWithValue(passwordHash);
        command.Parameters.AddWithValue(now);
        return await Revoked(command);
    }

    /// <summary>An administrator's lock (<paramref name="locked"/>) or its lifting; a lock revokes every token and session at once. False when there is no such account.</summary>
    public async Task<bool> SetLockedAsync(string username, bool locked, DateTimeOffset now)
    {
        await using var command = database.CreateCommand(
            $"""
            with changed as (
                update staff_accounts set disabled_at = case when $2 then $3 else null end, changed_at = $3 where lower(username) = lower($1) returning person_id)
            {SecurityStampStore.RotateFrom("changed", "$3")}
            """);
        command.Parameters.AddWithValue(username);
        command.Parameters.AddWithValue(locked);
        command.Parameters.AddWithValue(now);
        return await Revoked(command);
    }

    /// <summary>Removes the account and its single sign-on links, revoking every token and session at once; false when there is no such account.</summary>
    public async Task<bool> RemoveAsync(string username, DateTimeOffset now)
    {
        await using var command = database.CreateCommand(
            $"""
            with removed as (delete from staff_accounts where lower(username) = lower($1) returning person_id),
                 unlinked as (delete from staff_account_logins where person_id in (select person_id from removed))
            {SecurityStampStore.RotateFrom("removed", "$2")}
            """);
        command.Parameters.AddWithValue(username);
        command.Parameters.AddWithValue(now);
        return await Revoked(command);
    }

    // Runs a statement ending in SecurityStampStore.RotateFrom: true when it rotated a stamp, which this silo then forgets.
    private async Task<bool> Revoked(NpgsqlCommand command)
    {
        if (await command.ExecuteScalarAsync() is not string personId)
        {
            return false;
        }

        stamps?.Forget(personId);
        return true;
    }
}
