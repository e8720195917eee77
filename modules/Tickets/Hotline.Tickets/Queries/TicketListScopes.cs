using Hotline.Tickets.Contracts;
using Npgsql;

namespace Hotline.Tickets.Queries;

/// <summary><see cref="ITicketScopes"/> from the ticket list: one primary-key read, no grain.</summary>
public sealed class TicketListScopes(NpgsqlDataSource dataSource) : ITicketScopes
{
    public async Task<TicketScope?> Find(Guid ticketId, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand("select project_id, branch_id from ticket_list where id = $1");
        command.Parameters.AddWithValue(ticketId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new TicketScope(reader.GetString(0), reader.GetString(1)) : null;
    }
}
