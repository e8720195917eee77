using System.Net.Http.Json;
using System.Text.Json;

namespace Hotline.Tickets.Tests.Scenarios;

[Collection(TicketsCollection.Name)]
public sealed class TicketListTests(AroundTheClockFixture fixture)
{
    [Fact]
    public async Task List_AfterEachCommand_ShowsTheTicketsCurrentStatus()
    {
        var marker = $"標記{Guid.NewGuid():N}"[..14];
        var ticket = await TicketClient.Register(fixture.Http, text: $"{marker} 地下車庫漏水");

        var dispatched = await Find(marker);
        await ticket.Do("start");
        var started = await Find(marker);

        Assert.Equal("Dispatched", dispatched.GetProperty("status").GetString());
        Assert.Equal("Started", started.GetProperty("status").GetString());
        Assert.Equal(ticket.Id, started.GetProperty("id").GetGuid());
        Assert.True(started.GetProperty("version").GetInt32() > dispatched.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task List_FilteredByProjectAndStatus_ReturnsOnlyMatches()
    {
        await TicketClient.Register(fixture.Http, text: "樓道燈壞了");

        var page = await fixture.Http.GetFromJsonAsync<JsonElement>("/api/tickets?projectId=p-sunrise&status=Dispatched&pageSize=200");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal(("p-sunrise", "Dispatched"), (i.GetProperty("projectId").GetString(), i.GetProperty("status").GetString())));
    }

    private async Task<JsonElement> Find(string marker)
    {
        var page = await fixture.Http.GetFromJsonAsync<JsonElement>($"/api/tickets?q={Uri.EscapeDataString(marker)}");
        return Assert.Single(page.GetProperty("items").EnumerateArray());
    }
}
