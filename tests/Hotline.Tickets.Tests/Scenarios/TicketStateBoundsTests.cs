using System.Net;
using Hotline.Kernel;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Grains;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Tests.Scenarios;

/// <summary>
/// A ticket's saved state stays bounded however many commands it gets: the idempotency window keeps the registration's
/// request id and the latest 31 others; repeatable commands stop at the history limit while finishing stays possible.
/// </summary>
[Collection(TicketsCollection.Name)]
public sealed class TicketStateBoundsTests(AroundTheClockFixture fixture)
{
    private static readonly Actor Agent = new("cc-agent-1", "CallCenterAgent");

    [Fact]
    public async Task RetryWindow_RemembersTheRegistrationAndTheLatestCommands_AnOlderRetryIsANewCommand()
    {
        var registration = Guid.NewGuid().ToString("N");
        var ticket = await fixture.Http.Register(new { requestId = registration, kind = "Complaint", projectId = "p-sunrise", text = "10號樓走廊燈不亮", severity = "General", householdNotGiven = true });
        var grain = fixture.Grains.GetGrain<ITicketGrain>(ticket.Id);
        var raise = new RaiseSeverity("raise-" + registration, Agent, Severity.Serious);
        Assert.True((await grain.Execute(raise)).Accepted);
        var corrections = Enumerable.Range(1, 40)
            .Select(i => new CorrectCategory($"c{i}-{registration}", Agent, i % 2 == 1 ? "security" : "cleaning"))
            .ToList();
        foreach (var correction in corrections)
        {
            Assert.True((await grain.Execute(correction)).Accepted);
        }

        var version = (await grain.Get())!.Version; // 1 + 1 + 40 = 42
        Assert.Equal(42, version);

        // Remembered (the latest 31: c10 … c40): answered, nothing applied again.
        Assert.Equal(version, (await grain.Execute(corrections[^1])).Ticket!.Version);
        Assert.Equal(version, (await grain.Execute(corrections[9])).Ticket!.Version);
        // The registration's id is kept for life.
        var again = await fixture.Http.Register(new { requestId = registration, kind = "Complaint", projectId = "p-sunrise", text = "10號樓走廊燈不亮", severity = "General", householdNotGiven = true });
        Assert.Equal((ticket.Id, version), (again.Id, again.Version));

        // Forgotten (raise-severity was 32 commands ago): answered as a new command, which the state machine refuses.
        var late = await grain.Execute(raise);
        Assert.False(late.Accepted);
        Assert.Contains("not allowed", late.Rejection);
        Assert.Equal(version, (await grain.Get())!.Version);
    }

    [Fact]
    public async Task HistoryLimit_RepeatableCommandsRefusedWith409_FinishingStillPossible()
    {
        var ticket = await TicketClient.Register(fixture.Http, text: "11號樓門口很髒", severity: "General");
        var grain = fixture.Grains.GetGrain<ITicketGrain>(ticket.Id);
        // Registration is entry 1; 99 corrections fill the timeline to the limit of 100.
        for (var i = 1; i < TicketHistoryLimit.MaxEntries; i++)
        {
            var correction = new CorrectCategory(Guid.NewGuid().ToString("N"), Agent, i % 2 == 1 ? "security" : "cleaning");
            Assert.True((await grain.Execute(correction)).Accepted, $"correction {i}");
        }

        Assert.Equal(100, (await grain.GetTimeline()).Length);

        var refused = await ticket.Send("correct-category", new { category = "security" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("limit of 100 entries", (await refused.Problem()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await ticket.Send("transfer", new { projectId = "p-harbour" })).StatusCode);

        // Finishing is never refused.
        var started = await ticket.Do("start");
        Assert.Equal(TicketStatus.Started, started.Status);
        Assert.Equal(101, (await grain.GetTimeline()).Length);
    }
}
