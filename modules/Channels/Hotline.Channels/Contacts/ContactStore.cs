using Hotline.Kernel;
using Hotline.Plugins.Abstractions;
using Hotline.Plugins.Kit;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Channels.Contacts;

/// <summary>Unverified contacts in PostgreSQL (table unverified_contacts): the phone kept normalised, shown only masked.</summary>
public sealed class ContactStore(NpgsqlDataSource dataSource)
{
    /// <summary>One id per phone, so a contact is the same row however often the sender writes.</summary>
    public static Guid IdOf(string phone) => NameBasedGuid.From($"contact/{phone}");

    public async Task Seen(string phone, string? name, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(ContactSql.Seen);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<Guid>("id", NpgsqlDbType.Uuid) { TypedValue = IdOf(phone) });
        Text(p, "phone", phone);
        Text(p, "name", string.IsNullOrWhiteSpace(name) ? null : name.Trim());
        Time(p, "now", now);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The household the call center matched this phone to, or null.</summary>
    public async Task<(string ProjectId, string Household)?> MatchOf(string phone, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(ContactSql.MatchedByPhone);
        Text(command.Parameters, "phone", phone);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetString(0), reader.GetString(1)) : null;
    }

    public async Task<IReadOnlyList<UnverifiedContact>> List(string? status, int limit, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(ContactSql.List);
        Text(command.Parameters, "status", status);
        command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = limit });
        return (await Read(command, ct)).Select(c => c.View).ToList();
    }

    /// <summary>The contact with its phone whole (for matching), or null.</summary>
    public async Task<(UnverifiedContact View, string Phone)?> Get(Guid id, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(ContactSql.ById);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", NpgsqlDbType.Uuid) { TypedValue = id });
        return (await Read(command, ct)) is [var one] ? one : null;
    }

    public async Task Match(Guid id, string projectId, string household, string matchedBy, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(ContactSql.Match);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<Guid>("id", NpgsqlDbType.Uuid) { TypedValue = id });
        Text(p, "project_id", projectId);
        Text(p, "household", household);
        Text(p, "matched_by", matchedBy);
        Time(p, "now", now);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<List<(UnverifiedContact View, string Phone)>> Read(NpgsqlCommand command, CancellationToken ct)
    {
        var rows = new List<(UnverifiedContact, string)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var phone = reader.GetString(1);
            rows.Add((new UnverifiedContact(
                reader.GetGuid(0), PersonalDataMask.Phone(phone)!, PersonalDataMask.Name(reader.IsDBNull(2) ? null : reader.GetString(2)),
                reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4), reader.GetFieldValue<DateTimeOffset>(5), reader.GetInt32(6),
                reader.IsDBNull(7) ? null : reader.GetString(7), reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetFieldValue<DateTimeOffset>(10)), phone));
        }

        return rows;
    }

    private static void Text(NpgsqlParameterCollection p, string name, string? value) =>
        p.Add(new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value });

    private static void Time(NpgsqlParameterCollection p, string name, DateTimeOffset value) =>
        p.Add(new NpgsqlParameter<DateTimeOffset>(name, NpgsqlDbType.TimestampTz) { TypedValue = value.ToUniversalTime() });
}
