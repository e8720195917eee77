using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Intake;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Tickets.Queries;

/// <summary><see cref="IOwnerTicketList"/> from the ticket list: one statement for all of an owner's households.</summary>
public sealed class OwnerTicketList(NpgsqlDataSource dataSource) : IOwnerTicketList
{
    private const string Columns = "t.id, t.number, t.kind, t.status, t.project_id, t.household, t.registered_at, t.updated_at";

    private const string Sql = $"""
        select {Columns}
        from ticket_list t
        join unnest(@projects, @households) as h(project_id, household)
          on t.project_id = h.project_id and t.household = h.household
        order by t.registered_at desc, t.id desc
        limit @limit
        """;

    public async Task<IReadOnlyList<OwnerTicketRow>> ForHouseholds(IReadOnlyCollection<OwnerHouseholdKey> households, int limit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(households);
        if (households.Count == 0)
        {
            return [];
        }

        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<string[]>("projects", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. households.Select(h => h.ProjectId)] });
        command.Parameters.Add(new NpgsqlParameter<string[]>("households", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. households.Select(h => h.Household)] });
        command.Parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = limit });
        var rows = new List<OwnerTicketRow>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add(Read(reader));
        }

        return rows;
    }

    public async Task<OwnerTicketRow?> Find(Guid ticketId, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand($"select {Columns} from ticket_list t where t.id = $1");
        command.Parameters.AddWithValue(ticketId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Read(reader) : null;
    }

    private static OwnerTicketRow Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0), reader.IsDBNull(1) ? null : TicketNumber.Format(reader.GetInt64(1)),
        Enum.Parse<TicketKind>(reader.GetString(2)), Enum.Parse<TicketStatus>(reader.GetString(3)), reader.GetString(4),
        reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6), reader.GetFieldValue<DateTimeOffset>(7));
}
