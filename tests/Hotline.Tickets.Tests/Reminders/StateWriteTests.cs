using Hotline.Tickets.Contracts;
using Hotline.Tickets.Grains;
using Hotline.Tickets.Tests.Scenarios;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Hotline.Tickets.Tests.Reminders;

/// <summary>
/// How many times a registration writes the ticket's state, read from the stored row's version (1 on insert, +1 per
/// write). Worked out by hand: the new ticket with its outbox is one write; carrying out a same-issue report that finds
/// no repeat changes nothing worth a write of its own (it is saved with the ticket's next change), so a registration with
/// a household is one write, like one without. A repeat (A11.1.1) has a warning to raise: that needs its own writes.
/// </summary>
[Collection(TicketsCollection.Name)]
public sealed class StateWriteTests(AroundTheClockFixture fixture)
{
    [Fact]
    public async Task Registration_WithAHouseholdAndNoRepeat_IsOneStateWrite()
    {
        var household = $"8-{Guid.NewGuid():N}"[..12];
        var reported = await fixture.Http.Register(new { kind = "Complaint", projectId = "p-sunrise", text = "8號樓走廊燈不亮", severity = "General", household });
        var plain = await TicketClient.Register(fixture.Http, text: "8號樓走廊燈不亮", severity: "General");

        Assert.Equal("1", await StoredVersion(reported.Id));
        Assert.Equal("1", await StoredVersion(plain.Id));

        // The next command saves the ticket once more, and "reported" along with it.
        Assert.True((await Stored(reported.Id)).IssueReportPending);
        await new TicketClient(fixture.Http, reported.Id).Do("start");
        Assert.Equal("2", await StoredVersion(reported.Id));
        Assert.False((await Stored(reported.Id)).IssueReportPending);
    }

    private async Task<string?> StoredVersion(Guid ticketId)
    {
        var state = new GrainState<TicketState>();
        await Storage.ReadStateAsync("ticket", fixture.Grains.GetGrain<ITicketGrain>(ticketId).GetGrainId(), state);
        return state.ETag;
    }

    private async Task<TicketState> Stored(Guid ticketId)
    {
        var state = new GrainState<TicketState>();
        await Storage.ReadStateAsync("ticket", fixture.Grains.GetGrain<ITicketGrain>(ticketId).GetGrainId(), state);
        return state.State!;
    }

    private IGrainStorage Storage => fixture.Host.App.Services.GetRequiredKeyedService<IGrainStorage>("Default");
}
