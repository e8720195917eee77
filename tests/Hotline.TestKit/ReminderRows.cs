using Npgsql;

namespace Hotline.TestKit;

/// <summary>A grain's rows in orleans_reminders: Orleans writes a Guid key as 32 hex digits inside the grain id.</summary>
public static class ReminderRows
{
    public static async Task<IReadOnlyList<string>> Of(HostFixture fixture, Guid grainId)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select remindername from orleans_reminders where serviceid = @service and grainid like '%' || @key || '%'", connection);
        command.Parameters.AddWithValue("service", fixture.ServiceId);
        command.Parameters.AddWithValue("key", grainId.ToString("N"));
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>
    /// After the clock was moved past a grain's next deadline: returns once the grain's tick at the current clock time
    /// has been processed, or at once when the grain has no reminder (then no tick can act at all).
    /// </summary>
    public static async Task Settled(HostFixture fixture, Guid grainId)
    {
        var now = fixture.Clock.GetUtcNow();
        if ((await Of(fixture, grainId)).Count > 0)
        {
            await fixture.Host.Ticks.Processed(grainId, now);
        }
    }
}
