using System.Net.Http.Json;
using System.Text.Json;

namespace Hotline.Api.Tests;

/// <summary>A script in a complaint is data: answered as JSON text that no browser sniffs into a page or frames.</summary>
[Collection(ApiCollection.Name)]
public sealed class OutputEncodingTests(ApiFixture fixture)
{
    private const string Script = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    [Fact]
    public async Task Complaint_WithAScriptTag_ComesBackAsTheSameTextUnderNoSniffHeaders()
    {
        var created = await fixture.Client("cc-agent-1").PostAsJsonAsync("/api/tickets", new { kind = "Complaint", projectId = "p-sunrise", text = Script, location = Script, householdNotGiven = true });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        using var read = await fixture.Client().GetAsync($"/api/tickets/{id}");
        var ticket = await read.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(Script, ticket.GetProperty("text").GetString());
        Assert.Equal(Script, ticket.GetProperty("location").GetString());
        Assert.Equal("application/json", read.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", read.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", read.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'none'", read.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Refusal_AlsoCarriesTheHeaders()
    {
        using var refused = await fixture.Host.Anonymous.GetAsync("/api/tickets");

        Assert.Equal("nosniff", refused.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
