using Hotline.Tickets.Contracts;
using Hotline.Tickets.Grains;
using Hotline.Tickets.Tests.Scenarios;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Hotline.Tickets.Tests.Reminders;

/// <summary>
/// How many times a registration writes the ticket's state, read from the stored row's version (1 on insert, +1 per
/// write). Worked out by hand: the new ticket with its outbox is one write; a registration with a household has a
/// same-issue report in that outbox, and its "done" is saved at once (a second write), so that a later activation does
/// not report again. (Saving it with the next change instead was measured: every reactivation then re-reported and
/// woke the counters, doubling the memory an activated ticket costs.) A registration without a household is one write.
/// </summary>
[Collection(TicketsCollection.Name)]
public sealed class StateWriteTests(AroundTheClockFixture fixture)
{
    [Fact]
    public async Task Registration_WithAHousehold_IsTwoStateWrites_AndLeavesNothingPending_WithoutOne_One()
    {
        var household = $"8-{Guid.NewGuid():N}"[..12];
        var reported = await fixture.Http.Register(new { kind = "Complaint", projectId = "p-sunrise", text = "8號樓走廊燈不亮", severity = "General", household });
        var plain = await TicketClient.Register(fixture.Http, text: "8號樓走廊燈不亮", severity: "General");

        Assert.Equal("2", await StoredVersion(reported.Id));
        Assert.False((await Stored(reported.Id)).IssueReportPending);
        Assert.Equal("1", await StoredVersion(plain.Id));
    }

    private async Task<string?> StoredVersion(Guid ticketId) => (await Read(ticketId)).ETag;

    private async Task<TicketState> Stored(Guid ticketId) => (await Read(ticketId)).State!;

    private async Task<GrainState<TicketState>> Read(Guid ticketId)
    {
        var state = new GrainState<TicketState>();
        await Storage.ReadStateAsync("ticket", fixture.Grains.GetGrain<ITicketGrain>(ticketId).GetGrainId(), state);
        return state;
    }

    private IGrainStorage Storage => fixture.Host.App.Services.GetRequiredKeyedService<IGrainStorage>("Default");
}
