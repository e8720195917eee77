using System.Net;
using System.Net.Http.Json;
using Hotline.Security.Contracts.Privacy;
using Hotline.Tickets.Privacy;
using Npgsql;

namespace Hotline.Tickets.Tests.Privacy;

/// <summary>The privacy audit log: read by viewer or ticket, refused to others, append-only, never holding a phone.</summary>
[Collection(TicketsCollection.Name)]
public sealed class PrivacyAuditApiTests(AroundTheClockFixture fixture)
{
    private HttpClient As(string personId) => fixture.Host.ClientAs(personId);

    [Fact]
    public async Task AuditLog_ByPerson_ListsTheirFullViewsNewestFirst()
    {
        var (first, _) = await Owners.Register(As("cc-agent-1"), Owners.Complaint("錢七", Owners.NewMobile()));
        var (second, _) = await Owners.Register(As("cc-agent-1"), Owners.Complaint("孫八", Owners.NewMobile()));
        (await As("cc-agent-2").GetAsync($"/api/tickets/{first.Id}/owner-contact")).EnsureSuccessStatusCode();
        (await As("cc-agent-2").GetAsync($"/api/tickets/{second.Id}/owner-contact")).EnsureSuccessStatusCode();

        var log = await As("qd-head").GetFromJsonAsync<PrivacyAuditLog>("/api/privacy/audit?personId=cc-agent-2&limit=2", TicketApi.Json);

        Assert.Equal([second.Id, first.Id], log!.Entries.Select(e => e.TicketId));
        Assert.All(log.Entries, e => Assert.Equal("cc-agent-2", e.PersonId));
    }

    [Theory]
    [InlineData("cc-agent-1")]
    [InlineData("sunrise-liaison")]
    [InlineData("gm")]
    public async Task AuditLog_OutsideQualityDeptAndAdministrators_Is403(string personId)
    {
        var response = await As(personId).GetAsync($"/api/privacy/audit?ownerTicketId={Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("", "ownerTicketId")]
    [InlineData("ownerTicketId=not-a-guid", "ownerTicketId")]
    [InlineData("personId=cc-agent-1&limit=0", "limit")]
    [InlineData("personId=cc-agent-1&limit=501", "limit")]
    public async Task AuditLog_BadQuery_Returns400NamingTheParameter(string query, string parameter)
    {
        var response = await As("admin").GetAsync($"/api/privacy/audit?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Problem()).GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task AuditLog_Entries_CannotBeChangedOrDeleted()
    {
        var (ticket, _) = await Owners.Register(As("cc-agent-1"), Owners.Complaint("周九", Owners.NewMobile()));
        (await As("cc-agent-1").GetAsync($"/api/tickets/{ticket.Id}/owner-contact")).EnsureSuccessStatusCode();

        var update = await Assert.ThrowsAsync<PostgresException>(() => PrivacyDatabase.Sql(fixture, $"update privacy_audit set person_id = 'someone-else' where ticket_id = '{ticket.Id}'"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => PrivacyDatabase.Sql(fixture, $"delete from privacy_audit where ticket_id = '{ticket.Id}'"));

        Assert.Contains("append-only", update.MessageText);
        Assert.Contains("append-only", delete.MessageText);
        Assert.Equal("cc-agent-1", Assert.Single(await AuditFor(ticket.Id)).PersonId);
    }

    [Fact]
    public async Task Database_WholePhoneInTheListOrTheAuditLog_IsRefused()
    {
        var (ticket, _) = await Owners.Register(As("cc-agent-1"), Owners.Complaint("吳十", Owners.NewMobile()));

        var list = await Assert.ThrowsAsync<PostgresException>(() => PrivacyDatabase.Sql(fixture, $"update ticket_list set owner_phone_masked = '13812341234' where id = '{ticket.Id}'"));
        var audit = await Assert.ThrowsAsync<PostgresException>(() => PrivacyDatabase.Sql(
            fixture,
            "insert into privacy_audit (viewed_at, person_id, acting_role, acting_scope, ticket_id, project_id, owner_reference) " +
            $"values (now(), 'x', 'CallCenterAgent', 'Company', '{ticket.Id}', 'p-sunrise', '13812341234')"));

        Assert.Equal(PostgresErrorCodes.CheckViolation, list.SqlState);
        Assert.Equal(PostgresErrorCodes.CheckViolation, audit.SqlState);
    }

    private Task<IReadOnlyList<PrivacyAuditEntry>> AuditFor(Guid ticketId) => PrivacyDatabase.AuditFor(fixture, ticketId);
}
