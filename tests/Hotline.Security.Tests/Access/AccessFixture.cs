using System.Net.Http.Json;
using System.Text.Json;
using Hotline.TestKit;

namespace Hotline.Security.Tests.Access;

/// <summary>A host with one ticket of project p-sunrise (branch north) and a red warning on it: the resources the matrix reaches for.</summary>
public sealed class AccessFixture : HostFixture, IAsyncLifetime
{
    public Guid TicketId { get; private set; }

    public Guid WarningId { get; private set; }

    /// <summary>The matrix calls the owners' portal pages hundreds of times from one address: its per-address limit is not under test here.</summary>
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Hotline:RateLimits:OwnerPortal:PermitLimit"] = "100000",
    };

    async Task IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        var created = await Host.ClientAs("cc-agent-1").PostAsJsonAsync("/api/tickets",
            new { kind = "Complaint", projectId = "p-sunrise", text = "3號樓電梯停運", location = "3號樓", householdNotGiven = true });
        created.EnsureSuccessStatusCode();
        TicketId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var raised = await Host.ClientAs("sunrise-liaison").PostAsJsonAsync($"/api/tickets/{TicketId}/raise-risk-warning",
            new { reason = "業主揚言聯繫媒體" });
        raised.EnsureSuccessStatusCode();
        WarningId = await Eventually.Get(async () =>
        {
            var ticket = await Host.ClientAs("qd-head").GetFromJsonAsync<JsonElement>($"/api/tickets/{TicketId}");
            return ticket.GetProperty("warnings").EnumerateArray().Select(w => w.GetGuid()).FirstOrDefault();
        }, id => id != Guid.Empty);
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync();
}
