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
    /// After the clock was moved: returns once the grain's tick at the current clock time has been processed when one
    /// is due (a reminder row starting at or before now), or at once when the grain has no reminder, or only one that
    /// starts later (then no tick can act until the clock moves again).
    /// </summary>
    public static Task Settled(HostFixture fixture, Guid grainId) =>
        Settled(fixture.Host, fixture.ConnectionString, fixture.ServiceId, fixture.Clock, grainId);

    /// <summary>The same, for a host started on its own (its database and service id given).</summary>
    public static async Task Settled(HotlineTestHost host, string connectionString, string serviceId, TimeProvider clock, Guid grainId)
    {
        var now = clock.GetUtcNow();
        if ((await StartTimes(connectionString, serviceId, grainId)).Any(start => start <= now))
        {
            await host.Ticks.Processed(grainId, now);
        }
    }

    private static async Task<IReadOnlyList<DateTimeOffset>> StartTimes(string connectionString, string serviceId, Guid grainId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select starttime from orleans_reminders where serviceid = @service and grainid like '%' || @key || '%'", connection);
        command.Parameters.AddWithValue("service", serviceId);
        command.Parameters.AddWithValue("key", grainId.ToString("N"));
        var starts = new List<DateTimeOffset>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            starts.Add(new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(0), DateTimeKind.Utc)));
        }

        return starts;
    }
}
