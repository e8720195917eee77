using System.Net.Http.Json;
using Hotline.Security.Contracts.Privacy;
using Hotline.TestKit;
using Hotline.Tickets.Privacy;
using Npgsql;

namespace Hotline.Tickets.Tests.Privacy;

/// <summary>Reads of the audit log as the quality department's head, and raw SQL against the fixture's database.</summary>
internal static class PrivacyDatabase
{
    public static async Task<IReadOnlyList<PrivacyAuditEntry>> AuditFor(HostFixture fixture, Guid ticketId) =>
        (await fixture.Host.ClientAs("qd-head").GetFromJsonAsync<PrivacyAuditLog>($"/api/privacy/audit?ownerTicketId={ticketId}", TicketApi.Json))!.Entries;

    public static async Task Sql(HostFixture fixture, string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
