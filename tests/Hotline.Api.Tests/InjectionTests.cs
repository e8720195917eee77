using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;

namespace Hotline.Api.Tests;

/// <summary>
/// SQL-looking text in every free-text field and in the list's free-text search is only ever data:
/// stored and returned verbatim, matched literally, and the tables stay intact.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class InjectionTests(ApiFixture fixture)
{
    public static readonly TheoryData<string> Injections =
    [
        "'; drop table ticket_list; --",
        "%' or '1'='1",
        "\\'",
        "$$; delete from penalty_ledger; $$",
        "E'\\\\x00'",
        "’ or ‘1’=‘1 --",
        "\"; select pg_sleep(5); --",
        "_%\\%_",
        "$1 $2 @text",
        "'); truncate orleans_storage; --",
    ];

    [Theory]
    [MemberData(nameof(Injections))]
    public async Task FreeTextFields_SqlInjectionText_IsStoredVerbatimAndTablesSurvive(string injection)
    {
        var text = $"電梯壞了 {injection}";
        var registered = await fixture.Client("cc-agent-1").PostAsJsonAsync("/api/tickets", new
        {
            requestId = Guid.NewGuid().ToString("N"), kind = "Complaint", projectId = "p-sunrise", text, location = injection, household = injection,
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var ticket = await registered.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(text, ticket.GetProperty("text").GetString());
        Assert.Equal(injection, ticket.GetProperty("location").GetString());
        var id = ticket.GetProperty("id").GetString();

        var unit = fixture.Client("sunrise-manager");
        await Command(unit, id, "start", new { note = injection });
        var contacted = await Command(unit, id, "contact", new { department = injection, plan = injection });
        Assert.Equal(injection, contacted.GetProperty("plan").GetProperty("summary").GetString());
        Assert.Equal(injection, contacted.GetProperty("plan").GetProperty("department").GetString());
        await Command(unit, id, "report-plan", new { plan = injection, completionDueAt = fixture.Clock.GetUtcNow().AddDays(5) });
        await Command(unit, id, "file-statement", new { reason = injection });

        var timeline = await fixture.Client().GetFromJsonAsync<JsonElement>($"/api/tickets/{id}/timeline");
        var notes = timeline.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("note").GetString() ?? "").ToList();
        Assert.Contains(notes, n => n == injection);
        Assert.Contains(notes, n => n.Contains($"plan: {injection}", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Contains($"reason: {injection}", StringComparison.Ordinal));

        await AssertSearchFindsLiterally(injection, id!);
        await AssertTablesIntact();
    }

    [Theory]
    [MemberData(nameof(Injections))]
    public async Task TicketSearch_SqlInjectionInEveryTextParameter_AnswersWithoutError(string injection)
    {
        var value = Uri.EscapeDataString(injection);
        foreach (var parameter in new[] { "q", "projectId", "branchId", "category" })
        {
            var response = await fixture.Client().GetAsync($"/api/tickets?{parameter}={value}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (parameter != "q")
            {
                Assert.Equal(0, page.GetProperty("total").GetInt32());
            }
        }

        await AssertTablesIntact();
    }

    private async Task AssertSearchFindsLiterally(string injection, string id)
    {
        var found = await Eventually.Get(
            async () => await fixture.Client().GetFromJsonAsync<JsonElement>($"/api/tickets?q={Uri.EscapeDataString(injection)}&pageSize=100"),
            page => page.GetProperty("items").EnumerateArray().Any(t => t.GetProperty("id").GetString() == id));
        var items = found.GetProperty("items").EnumerateArray().ToList();
        // Matched as literal text: "%' or '1'='1" must not turn into a pattern that matches everything.
        Assert.All(items, t => Assert.Contains(injection, t.GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase));
    }

    private async Task AssertTablesIntact()
    {
        var snapshot = await fixture.SnapshotAsync();
        foreach (var table in new[] { "ticket_list", "penalty_ledger", "orleans_storage" })
        {
            Assert.True(snapshot.Tables.ContainsKey(table), $"table {table} is gone");
        }

        Assert.True(snapshot.Tables["ticket_list"].Rows > 0);
        Assert.True(snapshot.Tables["orleans_storage"].Rows > 0);
    }

    private static async Task<JsonElement> Command(HttpClient client, string? id, string command, object body)
    {
        var response = await client.PostAsJsonAsync($"/api/tickets/{id}/{command}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{command}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
