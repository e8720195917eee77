using Hotline.Channels.Inbound;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Channels.Outbound;

/// <summary>The owner outbox knows which ticket each message it sent was about: how a reply threaded to one finds its ticket.</summary>
public sealed class OutboxMessageTickets(NpgsqlDataSource dataSource) : IOwnerMessageTickets
{
    public async Task<Guid?> TicketOf(string messageId, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("select ticket_id from owner_outbox where message_id = @message_id");
        command.Parameters.Add(new NpgsqlParameter<string>("message_id", NpgsqlDbType.Text) { TypedValue = messageId });
        return await command.ExecuteScalarAsync(ct) is Guid ticket ? ticket : null;
    }
}
