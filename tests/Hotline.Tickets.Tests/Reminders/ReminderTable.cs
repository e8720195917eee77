using Hotline.TestKit;
using Npgsql;

namespace Hotline.Tickets.Tests.Reminders;

/// <summary>
/// Reads a ticket's rows from orleans_reminders. Orleans writes the grain id as "type/key", the key of a
/// Guid grain being the Guid in "N" format (32 hex digits), so a ticket's rows are found by that text.
/// </summary>
internal static class ReminderTable
{
    public static string GrainKey(Guid ticketId) => ticketId.ToString("N");

    public static async Task<IReadOnlyList<ReminderRow>> Rows(HostFixture fixture, Guid ticketId)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            select grainid, remindername, starttime, period, version
            from orleans_reminders
            where serviceid = @service and grainid like '%' || @key || '%'
            order by remindername
            """, connection);
        command.Parameters.AddWithValue("service", fixture.ServiceId);
        command.Parameters.AddWithValue("key", GrainKey(ticketId));
        var rows = new List<ReminderRow>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new ReminderRow(
                reader.GetString(0), reader.GetString(1),
                new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(2), DateTimeKind.Utc)),
                TimeSpan.FromMilliseconds(reader.GetInt64(3)), reader.GetInt32(4)));
        }

        return rows;
    }
}
