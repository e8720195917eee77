using Hotline.Escalation.Contracts;
using Hotline.Live.Contracts;
using Hotline.Live.Tests.Hub;
using Hotline.TestKit;
using Hotline.Tickets.Contracts;

namespace Hotline.Live.Tests.Publishing;

/// <summary>The ticket and warning grains tell open pages after each durable change, with ids only.</summary>
public sealed class TicketAndWarningChangeTests(PublishingFixture fixture) : IClassFixture<PublishingFixture>
{
    [Fact]
    public async Task A_registered_ticket_produces_a_Ticket_change_with_its_project_and_branch()
    {
        var received = new Received();
        using var _ = fixture.Changes.Subscribe(c => c.Topic == LiveTopic.Ticket, received.Record);

        var ticket = await fixture.Http.Register(TicketApi.Complaint(text: "5號樓門禁壞了", projectId: "p-sunrise"));

        await received.WaitFor(ticket.Id.ToString());
        var seen = received.Changes.First(c => c.Id == ticket.Id.ToString());
        // Demo organisation: p-sunrise belongs to branch "north".
        Assert.Equal(("p-sunrise", "north", (string?)null), (seen.ProjectId, seen.BranchId, seen.PersonId));
    }

    [Fact]
    public async Task A_breach_produces_a_Ticket_change_and_the_overdue_warning_a_Warning_change()
    {
        var received = new Received();
        using var _ = fixture.Changes.Subscribe(c => c.Topic is LiveTopic.Ticket or LiveTopic.Warning, received.Record);
        var ticket = await fixture.Http.Register(TicketApi.Complaint(text: "7號樓水管爆了", projectId: "p-sunrise"));
        var id = ticket.Id.ToString();
        await received.WaitFor(id);

        // Past the start deadline by more than the blue threshold (3 days by default): one tick books the breach and
        // raises the overdue blue warning.
        var start = ticket.Clocks.Single(c => c.Kind == ClockKind.Start).DueAt;
        var movedTo = start + TimeSpan.FromDays(3) + TimeSpan.FromHours(1);
        fixture.Clock.Advance(movedTo - fixture.Clock.GetUtcNow());
        await ReminderRows.Settled(fixture, ticket.Id);

        await received.WaitFor(c => c.Topic == LiveTopic.Ticket && c.Id == id && c.At >= movedTo);
        var warning = await received.WaitFor(c => c.Topic == LiveTopic.Warning && c.At >= movedTo && c.ProjectId == "p-sunrise");
        Assert.Equal("north", warning.BranchId);
        var view = await fixture.Grains.GetGrain<IWarningGrain>(Guid.Parse(warning.Id)).Get();
        Assert.Equal(ticket.Id, view!.Subject.TicketId);
        Assert.Equal(WarningTrigger.Overdue, view.Trigger);
        var breached = await fixture.Http.GetTicket(ticket.Id);
        Assert.NotNull(breached.Clocks.Single(c => c.Kind == ClockKind.Start).BreachRecordedAt);
    }
}
