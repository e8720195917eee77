using Hotline.TestKit;
using Npgsql;

namespace Hotline.Escalation.Tests.Support;

/// <summary>A grain's rows in orleans_reminders: Orleans writes a Guid key as 32 hex digits inside the grain id.</summary>
internal static class Reminders
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
}
