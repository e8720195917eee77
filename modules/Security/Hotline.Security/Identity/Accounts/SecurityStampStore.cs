using Npgsql;

namespace Hotline.Security.Identity.Accounts;

/// <summary>
/// Each person's security stamp (table security_stamps): tokens and console sessions carry the stamp current when
/// they were issued; a new stamp revokes them all. A person without a row has the empty stamp.
/// </summary>
public sealed class SecurityStampStore(NpgsqlDataSource database)
{
    public async Task<PersonStamp> GetAsync(string personId)
    {
        await using var command = database.CreateCommand("select stamp, changed_at from security_stamps where person_id = $1");
        command.Parameters.AddWithValue(personId);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? new PersonStamp(reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1)) : PersonStamp.Initial;
    }

    /// <summary>The same, without async: for <see cref="Tokens.TokenIssuer.Issue"/> (tests and tools).</summary>
    public PersonStamp Get(string personId)
    {
        using var command = database.CreateCommand("select stamp, changed_at from security_stamps where person_id = $1");
        command.Parameters.AddWithValue(personId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new PersonStamp(reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1)) : PersonStamp.Initial;
    }

    /// <summary>A new stamp for the person: every token and session issued before stops working.</summary>
    public async Task RotateAsync(string personId, DateTimeOffset now)
    {
        await using var command = database.CreateCommand(
            """
            insert into security_stamps (person_id, stamp, changed_at) values ($1, gen_random_uuid()::text, $2)
            on conflict (person_id) do update set stamp = excluded.stamp, changed_at = excluded.changed_at
            """);
        command.Parameters.AddWithValue(personId);
        command.Parameters.AddWithValue(now);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>SQL that gives a new stamp to every person_id of the CTE <paramref name="source"/>, changed at the parameter <paramref name="now"/>.</summary>
    internal static string RotateFrom(string source, string now) =>
        $"""
        insert into security_stamps (person_id, stamp, changed_at) select person_id, gen_random_uuid()::text, {now} from {source}
        on conflict (person_id) do update set stamp = excluded.stamp, changed_at = excluded.changed_at
        returning person_id
        """;
}
