using Hotline.Kernel;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Tests.Scenarios;

namespace Hotline.Tickets.Tests.Grains;

/// <summary>
/// Issue 13: every refusal of the ticket grain carries a stable reason code a client words in its own language (the
/// console does), besides the English sentence. The codes of the state machine's windows, the dispatch rules, urges and
/// ratings are asserted in their own scenario tests; these are the rest.
/// </summary>
[Collection(TicketsCollection.Name)]
public sealed class RefusalReasonTests(AroundTheClockFixture fixture)
{
    private static readonly Actor Liaison = new("sunrise-liaison", "ProjectLiaison");

    private DateTimeOffset Now => fixture.Clock.GetUtcNow();

    [Fact]
    public async Task I13_a_command_to_an_id_without_a_ticket_is_refused_as_NotFound()
    {
        var outcome = await fixture.Grains.GetGrain<ITicketGrain>(Guid.NewGuid()).Execute(new Start(Id(), Liaison));

        Assert.Equal((false, RefusalReason.NotFound), (outcome.Accepted, outcome.Reason));
    }

    [Fact]
    public async Task I13_a_command_the_state_does_not_take_is_StateDoesNotAllow_and_an_accepted_one_has_no_reason()
    {
        var ticket = await TicketClient.Register(fixture.Http);
        var grain = fixture.Grains.GetGrain<ITicketGrain>(ticket.Id);

        var early = await grain.Execute(new Resolve(Id(), Liaison, "已處理"));
        var started = await grain.Execute(new Start(Id(), Liaison));

        Assert.Equal((false, RefusalReason.StateDoesNotAllow), (early.Accepted, early.Reason));
        Assert.Equal((true, (RefusalReason?)null), (started.Accepted, started.Reason));
    }

    [Fact]
    public async Task I13_a_missing_argument_is_InvalidField_naming_the_field()
    {
        var ticket = await TicketClient.Register(fixture.Http);
        await ticket.Do("start");

        var outcome = await fixture.Grains.GetGrain<ITicketGrain>(ticket.Id).Execute(new Contact(Id(), Liaison, "", "更換門機"));

        Assert.Equal((RefusalReason.InvalidField, "department"), (outcome.Reason, outcome.InvalidField));
    }

    [Fact]
    public async Task I13_a_second_registration_under_the_same_id_is_AlreadyRegistered()
    {
        var ticket = await TicketClient.Register(fixture.Http);
        var again = new RegisterTicket(Id(), TicketKind.Complaint, "p-sunrise", "north", "又一次", null, null, null, "call-center", "cc-agent-1")
        {
            HouseholdNotGiven = true,
        };

        var outcome = await fixture.Grains.GetGrain<ITicketGrain>(ticket.Id).Register(again);

        Assert.Equal((false, RefusalReason.AlreadyRegistered), (outcome.Accepted, outcome.Reason));
    }

    [Fact]
    public async Task I13_an_owner_reply_from_another_number_is_NotTheOwner()
    {
        var ticket = await TicketClient.Register(fixture.Http);

        var outcome = await fixture.Grains.GetGrain<ITicketGrain>(ticket.Id).AddOwnerReply(new OwnerReply(Id(), "sms", "13900000000", "我也要說"));

        Assert.Equal((false, RefusalReason.NotTheOwner), (outcome.Accepted, outcome.Reason));
    }

    [Fact]
    public async Task I13_a_repeatable_command_past_the_history_limit_is_HistoryFull_while_finishing_still_goes_through()
    {
        var ticket = await TicketClient.Register(fixture.Http);
        await ticket.Do("start");
        await ticket.Contact();
        var grain = fixture.Grains.GetGrain<ITicketGrain>(ticket.Id);
        // Plan reports repeat without end; the history holds 100 entries, so at most ~100 go through before one is refused.
        CommandOutcome report;
        var sent = 0;
        do
        {
            report = await grain.Execute(new ReportPlan(Id(), Liaison, Now.AddDays(1), $"方案 {sent++}"));
        }
        while (report.Accepted && sent < 150);

        var resolved = await grain.Execute(new Resolve(Id(), Liaison, "已處理"));

        Assert.Equal((false, RefusalReason.HistoryFull), (report.Accepted, report.Reason));
        Assert.True(resolved.Accepted, resolved.Rejection);
    }

    private static string Id() => Guid.NewGuid().ToString("N");
}
