using System.Net;
using System.Net.Http.Json;
using Hotline.Security.Contracts.Privacy;
using Hotline.Tickets.Privacy;
using Npgsql;

namespace Hotline.Tickets.Tests.Privacy;

/// <summary>Owners' contact: masked in views and lists, whole only to those who call the owner, every full view audited.</summary>
[Collection(TicketsCollection.Name)]
public sealed class OwnerContactApiTests(AroundTheClockFixture fixture)
{
    private HttpClient As(string personId) => fixture.Host.ClientAs(personId);

    [Fact]
    public async Task Register_WithOwner_TicketShowsOnlyTheMaskedContact()
    {
        var phone = Owners.NewMobile();
        var (ticket, created) = await Owners.Register(As("cc-agent-1"), Owners.Complaint("張三豐", phone));

        var read = await As("sunrise-liaison").GetStringAsync($"/api/tickets/{ticket.Id}");

        Assert.Equal(new("張**", Owners.Masked(phone)), ticket.OwnerContactMasked);
        foreach (var body in new[] { created, read })
        {
            Assert.DoesNotContain(phone, body);
            Assert.DoesNotContain("張三豐", body);
            Assert.Contains(Owners.Masked(phone), body);
        }
    }

    [Fact]
    public async Task List_TicketWithOwner_CarriesOnlyTheMaskedContact()
    {
        var phone = Owners.NewMobile();
        var request = Owners.Complaint("李四", phone);
        var (ticket, _) = await Owners.Register(As("cc-agent-1"), request);

        var list = await As("cc-agent-1").GetStringAsync($"/api/tickets?q={Uri.EscapeDataString(ticket.Text[^32..])}");
        var stored = await StoredListContact(ticket.Id);

        Assert.Contains(Owners.Masked(phone), list);
        Assert.Contains("李*", list);
        Assert.DoesNotContain(phone, list);
        Assert.DoesNotContain("李四", list);
        Assert.Equal(("李*", Owners.Masked(phone)), stored);
    }

    [Theory]
    [InlineData("cc-agent-1", "CallCenterAgent", "Company")]
    [InlineData("cc-supervisor", "CallCenterSupervisor", "Company")]
    [InlineData("sunrise-liaison", "ProjectLiaison", "Project:p-sunrise")]
    [InlineData("sunrise-manager", "ProjectManager", "Project:p-sunrise")]
    public async Task OwnerContact_WhoCallsTheOwner_GetsItWholeAndTheViewIsAudited(string personId, string role, string scope)
    {
        var phone = Owners.NewMobile();
        var (ticket, _) = await Owners.Register(As("cc-agent-1"), Owners.Complaint("王小明", phone));

        var response = await As(personId).GetAsync($"/api/tickets/{ticket.Id}/owner-contact");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new OwnerContactResponse(ticket.Id, "王小明", phone), await response.Content.ReadFromJsonAsync<OwnerContactResponse>());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString());
        var entry = Assert.Single(await AuditFor(ticket.Id));
        Assert.Equal((personId, role, scope, "p-sunrise"), (entry.PersonId, entry.ActingRole, entry.ActingScope, entry.ProjectId));
        Assert.Equal(fixture.Clock.GetUtcNow(), entry.ViewedAt);
        Assert.Equal($"3-1201 / 王** / {Owners.Masked(phone)}", entry.OwnerReference);
    }

    // Outside the caller's scope the ticket is answered 404, as if it did not exist (issue 10); in scope, 403.
    [Theory]
    [InlineData("riverside-liaison", HttpStatusCode.NotFound)]
    [InlineData("harbour-manager", HttpStatusCode.NotFound)]
    [InlineData("north-head", HttpStatusCode.Forbidden)]
    [InlineData("qd-head", HttpStatusCode.Forbidden)]
    [InlineData("gm", HttpStatusCode.Forbidden)]
    [InlineData("admin", HttpStatusCode.Forbidden)]
    public async Task OwnerContact_NoNeedToCallThisOwner_IsRefusedAndNothingIsAudited(string personId, HttpStatusCode refusal)
    {
        var phone = Owners.NewMobile();
        var (ticket, _) = await Owners.Register(As("cc-agent-1"), Owners.Complaint("趙六", phone));

        var response = await As(personId).GetAsync($"/api/tickets/{ticket.Id}/owner-contact");

        Assert.Equal(refusal, response.StatusCode);
        Assert.DoesNotContain(phone, await response.Content.ReadAsStringAsync());
        Assert.Empty(await AuditFor(ticket.Id));
    }

    [Fact]
    public async Task OwnerContact_TicketWithoutOwner_Is404AndNothingIsAudited()
    {
        var ticket = await As("cc-agent-1").Register(TicketApi.Complaint());

        var response = await As("cc-agent-1").GetAsync($"/api/tickets/{ticket.Id}/owner-contact");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(ticket.OwnerContactMasked);
        Assert.Empty(await AuditFor(ticket.Id));
    }

    [Theory]
    [InlineData("ownerPhone", "12812341234")]
    [InlineData("ownerPhone", "call me maybe")]
    [InlineData("ownerName", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一")]
    public async Task Register_BadOwnerField_Returns400NamingTheField(string field, string value)
    {
        var request = new Dictionary<string, object?> { ["kind"] = "Complaint", ["projectId"] = "p-sunrise", ["text"] = "門禁壞了", ["householdNotGiven"] = true, [field] = value };

        var response = await As("cc-agent-1").PostAsJsonAsync("/api/tickets", request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Problem()).GetProperty("errors");
        Assert.Equal([field], errors.EnumerateObject().Select(e => e.Name));
    }

    private Task<IReadOnlyList<PrivacyAuditEntry>> AuditFor(Guid ticketId) => PrivacyDatabase.AuditFor(fixture, ticketId);

    private async Task<(string?, string?)> StoredListContact(Guid id)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select owner_name_masked, owner_phone_masked from ticket_list where id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.GetString(1));
    }
}
