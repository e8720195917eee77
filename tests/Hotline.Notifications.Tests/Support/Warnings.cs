using System.Net;
using System.Net.Http.Json;
using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.TestKit;

namespace Hotline.Notifications.Tests.Support;

/// <summary>Raises a warning as a ticket would (IWarningGrain) and verifies it over HTTP, so it is routed and notified.</summary>
internal static class Warnings
{
    public static async Task<WarningView> RaiseVerifiedBlue(HostFixture fixture)
    {
        var ticketId = Guid.NewGuid();
        var command = new RaiseWarning(WarningLevel.Blue, WarningTrigger.Overdue,
            new WarningSubject(ticketId, Demo.Sunrise, Demo.North, "elevator-door", [ticketId]), "Blue: unhandled past its time limit",
            new Actor("hotline", "System"), null);
        var raised = await fixture.Grains.GetGrain<IWarningGrain>(WarningIds.ForTicket(ticketId, command.Trigger, command.Level)).Raise(command);

        var response = await fixture.Http.PostAsJsonAsync($"/api/warnings/{raised.Id}/verify", new { personId = "cc-supervisor", role = "CallCenterSupervisor" });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<WarningView>(Json.Options))!;
    }
}
