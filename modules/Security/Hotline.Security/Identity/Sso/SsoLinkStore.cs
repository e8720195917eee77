using Npgsql;

namespace Hotline.Security.Identity.Sso;

/// <summary>
/// Single sign-on links (table staff_account_logins): the identity provider's immutable subject (issuer + sub),
/// linked explicitly by an administrator to one account. Nothing else maps a provider's user to a person.
/// </summary>
public sealed class SsoLinkStore(NpgsqlDataSource database)
{
    /// <summary>Links the subject to the account's person; false when there is no such account or the subject is linked already.</summary>
    public async Task<bool> LinkAsync(string username, string issuer, string subject, DateTimeOffset now)
    {
        await using var command = database.CreateCommand(
            """
            insert into staff_account_logins (issuer, subject, person_id, created_at)
            select $2, $3, person_id, $4 from staff_accounts where lower(username) = lower($1)
            on conflict do nothing
            """);
        command.Parameters.AddWithValue(username);
        command.Parameters.AddWithValue(issuer);
        command.Parameters.AddWithValue(subject);
        command.Parameters.AddWithValue(now);
        return await command.ExecuteNonQueryAsync() == 1;
    }

    /// <summary>The linked account's person, and whether an administrator locked the account; null when nothing is linked.</summary>
    public async Task<(string PersonId, bool Locked)?> FindAsync(string issuer, string subject)
    {
        await using var command = database.CreateCommand(
            """
            select a.person_id, a.disabled_at is not null from staff_account_logins l
            join staff_accounts a on a.person_id = l.person_id
            where l.issuer = $1 and l.subject = $2
            """);
        command.Parameters.AddWithValue(issuer);
        command.Parameters.AddWithValue(subject);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetString(0), reader.GetBoolean(1)) : null;
    }
}
