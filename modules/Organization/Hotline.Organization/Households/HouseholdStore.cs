using Hotline.BuildingBlocks.Storage;
using Hotline.Kernel;
using Hotline.Organization.Contracts;
using Hotline.Plugins.Abstractions;
using Hotline.Plugins.Kit;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Organization.Households;

/// <summary>The <c>households</c> rows (a project's registry); only the Organization module reads or writes them.</summary>
public sealed class HouseholdStore(NpgsqlDataSource dataSource) : IHouseholdRegistry
{
    // Every registration with a household looks it up: under load the lookups share round trips (issue 14).
    private readonly StatementBatcher _lookups = new(dataSource, writers: 2);

    private const int Batch = 5_000;

    // Idempotent: importing a file again changes nothing; a household already there takes the file's spelling and phones.
    private const string Upsert = """
        insert into households (project_id, household_key, building, unit, room, owner_phones, imported_at)
        select @project_id, k, b, u, r, string_to_array(p, ';'), @at
        from unnest(@keys, @buildings, @units, @rooms, @phones) as t(k, b, u, r, p)
        on conflict (project_id, household_key) do update set
            building = excluded.building, unit = excluded.unit, room = excluded.room, owner_phones = excluded.owner_phones,
            imported_at = case
                when (households.building, households.unit, households.room, households.owner_phones)
                    = (excluded.building, excluded.unit, excluded.room, excluded.owner_phones) then households.imported_at
                else excluded.imported_at end
        """;

    /// <summary>Stores every row in one transaction: a file is imported whole or not at all. Answers the project's households after.</summary>
    public async Task<int> Import(string projectId, IReadOnlyList<HouseholdRow> rows, DateTimeOffset at)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var chunk in rows.Chunk(Batch))
        {
            await using var command = new NpgsqlCommand(Upsert, connection, transaction);
            var p = command.Parameters;
            p.Add(new NpgsqlParameter<string>("project_id", NpgsqlDbType.Text) { TypedValue = projectId });
            p.Add(new NpgsqlParameter<DateTimeOffset>("at", NpgsqlDbType.TimestampTz) { TypedValue = at.ToUniversalTime() });
            p.Add(Texts("keys", chunk.Select(r => r.Key)));
            p.Add(Texts("buildings", chunk.Select(r => r.Building)));
            p.Add(Texts("units", chunk.Select(r => r.Unit)));
            p.Add(Texts("rooms", chunk.Select(r => r.Room)));
            p.Add(Texts("phones", chunk.Select(r => string.Join(';', r.OwnerPhones))));
            await command.ExecuteNonQueryAsync();
        }

        await using var count = new NpgsqlCommand(CountOf, connection, transaction);
        count.Parameters.Add(ProjectId(projectId));
        var total = (int)(await count.ExecuteScalarAsync())!;
        await transaction.CommitAsync();
        return total;
    }

    // The primary key's index (project_id first) answers it.
    private const string CountOf = "select count(*)::int from households where project_id = @project_id";

    public async Task<int> Count(string projectId)
    {
        await using var command = dataSource.CreateCommand(CountOf);
        command.Parameters.Add(ProjectId(projectId));
        return (int)(await command.ExecuteScalarAsync())!;
    }

    private static NpgsqlParameter<string> ProjectId(string projectId) => new("project_id", NpgsqlDbType.Text) { TypedValue = projectId };

    // One statement on the intake path: the household's row if registered, and whether the project has a registry at all.
    private const string Lookup = """
        select h.building, h.unit, h.room, exists (select 1 from households where project_id = @project_id), h.owner_phones
        from (select 1) as one
        left join households h on h.project_id = @project_id and h.household_key = @key
        """;

    public async Task<(bool HasRegistry, RegisteredHousehold? Household)> Find(string projectId, string household)
    {
        return await _lookups.Run(Lookup, p =>
        {
            p.Add(new NpgsqlParameter<string>("project_id", NpgsqlDbType.Text) { TypedValue = projectId });
            p.Add(new NpgsqlParameter<string>("key", NpgsqlDbType.Text) { TypedValue = HouseholdNames.Key(household) });
        }, async reader =>
        {
            await reader.ReadAsync();
            if (reader.IsDBNull(0))
            {
                return (reader.GetBoolean(3), (RegisteredHousehold?)null);
            }

            var (building, unit, room) = (reader.GetString(0), reader.GetString(1), reader.GetString(2));
            return (true, new RegisteredHousehold(projectId, HouseholdNames.Label(building, unit, room), building, unit, room)
            {
                MaskedPhones = Masked(reader.GetFieldValue<string[]>(4)),
            });
        });
    }

    // The registry keeps numbers as imported (separators dropped); the GIN index answers "lists this number".
    private const string ByPhone = """
        select project_id, building, unit, room, owner_phones from households
        where owner_phones && @phones
        order by project_id, household_key
        limit 50
        """;

    public async Task<IReadOnlyList<RegisteredHousehold>> FindByPhone(string phone)
    {
        if (PhoneNumbers.Normalize(phone) is not { } normalized)
        {
            return [];
        }

        // A registry may hold a mobile number with or without China's country code.
        string[] spellings = normalized.Length == 11 && normalized[0] == '1' ? [normalized, "+86" + normalized, "0086" + normalized] : [normalized];
        await using var command = dataSource.CreateCommand(ByPhone);
        command.Parameters.Add(new NpgsqlParameter<string[]>("phones", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = spellings });
        await using var reader = await command.ExecuteReaderAsync();
        var found = new List<RegisteredHousehold>();
        while (await reader.ReadAsync())
        {
            var (building, unit, room) = (reader.GetString(1), reader.GetString(2), reader.GetString(3));
            found.Add(new RegisteredHousehold(reader.GetString(0), HouseholdNames.Label(building, unit, room), building, unit, room)
            {
                MaskedPhones = Masked(reader.GetFieldValue<string[]>(4)),
            });
        }

        return found;
    }

    private static string[] Masked(string[] phones) => [.. phones.Select(PersonalDataMask.Phone).OfType<string>()];

    private static NpgsqlParameter<string[]> Texts(string name, IEnumerable<string> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. values] };
}
