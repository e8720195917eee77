using Hotline.Tickets.Contracts;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Tickets.Queries;

/// <summary><see cref="ITicketDirectory"/> from <c>ticket_list</c>, rows mapped as the list maps them.</summary>
public sealed class TicketDirectory(NpgsqlDataSource dataSource) : ITicketDirectory
{
    /// <summary>
    /// Every household at once: a lateral page per (project, household), read by the project index. Open means before
    /// Closed and not Invalid, matching <see cref="TicketSummary.IsOpen"/>.
    /// </summary>
    private const string ForHouseholdsSql = $"""
        select t.*
        from unnest(@projects, @households) as h(p, hh)
        cross join lateral (
            select {TicketListSql.Columns}
            from ticket_list
            where project_id = h.p and household = h.hh
              and (status not in ('Closed', 'Invalid') or registered_at >= @since)
            order by registered_at desc, id desc
            limit @limit) t
        """;

    private const string ByIdSql = $"select {TicketListSql.Columns} from ticket_list where id = @id";

    public async Task<IReadOnlyList<TicketSummary>> ForHouseholds(IReadOnlyList<HouseholdTickets> households, DateTimeOffset since, int limit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(households);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (households.Count == 0)
        {
            return [];
        }

        await using var command = dataSource.CreateCommand(ForHouseholdsSql);
        var p = command.Parameters;
        p.Add(new NpgsqlParameter<string[]>("projects", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. households.Select(h => h.ProjectId)] });
        p.Add(new NpgsqlParameter<string[]>("households", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. households.Select(h => h.Household)] });
        p.Add(new NpgsqlParameter<DateTimeOffset>("since", NpgsqlDbType.TimestampTz) { TypedValue = since.ToUniversalTime() });
        p.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = limit });
        var found = new List<TicketSummary>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            found.Add(Summary(PostgresTicketQueryStore.Read(reader, 0)));
        }

        return found;
    }

    public async Task<TicketSummary?> Find(Guid id, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(ByIdSql);
        command.Parameters.Add(new NpgsqlParameter<Guid>("id", NpgsqlDbType.Uuid) { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Summary(PostgresTicketQueryStore.Read(reader, 0)) : null;
    }

    // The list keeps enumerations by their declared names (TicketListRow.From), so they parse back exactly.
    private static TicketSummary Summary(TicketListRow row) => new(
        row.Id, row.Number!, row.ProjectId, row.Household, Enum.Parse<TicketKind>(row.Kind), row.Category,
        Enum.Parse<TicketStatus>(row.Status), row.RegisteredAt, row.WarningLevel);
}
