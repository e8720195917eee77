using Hotline.Kernel;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Tests.Workflow;

/// <summary>The property tests' laws are not vacuous: each catches the kind of step it forbids.</summary>
public sealed class WorkflowInvariantsTests
{
    private static readonly DateTimeOffset Registered = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));

    private static readonly Ticket Dispatched = WorkflowWorld.Register(
        new WorkflowStart(TicketKind.Complaint, WorkflowWorld.AroundTheClock, Registered, "p-sunrise", "other", Severity.General, "電梯門關不上"));

    private static readonly IClockRules Rules = new LimitsClockRules(Dispatched.Limits!);

    private static readonly Actor Liaison = new("sunrise-liaison", "ProjectLiaison");

    private static WorkflowStep Command(TicketCommand command) => new(Registered, command, true);

    [Fact]
    public void OfState_RegisteredTicket_KeepsEveryLaw()
    {
        Assert.Null(WorkflowInvariants.OfState(Dispatched, Registered, Rules, AllowedCommands.For(Dispatched, Registered, Rules)));
    }

    [Fact]
    public void OfState_HandlingTicketWithEveryClockMet_BreaksNeverUnowned()
    {
        var unowned = Dispatched with { Clocks = Dispatched.Clocks.Meet(ClockKind.Start, Registered) };

        Assert.Equal("A10.1.3.3-never-unowned", WorkflowInvariants.OfState(unowned, Registered, Rules, [])?.Code);
    }

    [Fact]
    public void OfState_BreachRecordedBeforeDue_IsCaught()
    {
        var early = Dispatched with { Clocks = [Dispatched.Clocks[0] with { BreachRecordedAt = Registered }] };

        Assert.Equal("breach-not-before-due", WorkflowInvariants.OfState(early, Registered, Rules, [])?.Code);
    }

    [Fact]
    public void OfStep_ClockRemoved_IsCaught()
    {
        var after = Dispatched with { Clocks = [], Version = 2 };

        Assert.Equal("clocks-never-removed", WorkflowInvariants.OfStep(Dispatched, after, Command(new Start("r", Liaison)), applied: true)?.Code);
    }

    [Fact]
    public void OfStep_VersionSkippedOrChangedWhenRefused_IsCaught()
    {
        Assert.Equal("version-one-per-change", WorkflowInvariants.OfStep(Dispatched, Dispatched with { Version = 3 }, Command(new Start("r", Liaison)), applied: true)?.Code);
        Assert.Equal("version-one-per-change", WorkflowInvariants.OfStep(Dispatched, Dispatched with { Version = 2 }, Command(new Resolve("r", Liaison, "")), applied: false)?.Code);
    }

    [Fact]
    public void OfStep_BreachClearedOrMetClockChanged_IsCaught()
    {
        var breached = Dispatched with { Clocks = Dispatched.Clocks.RecordBreaches(Dispatched.Clocks[0].DueAt) };
        var cleared = breached with { Clocks = [breached.Clocks[0] with { BreachRecordedAt = null }], Version = breached.Version + 1 };
        var met = Dispatched with { Clocks = Dispatched.Clocks.Meet(ClockKind.Start, Registered) };
        var moved = met with { Clocks = [met.Clocks[0] with { DueAt = met.Clocks[0].DueAt.AddHours(1) }], Version = met.Version + 1 };

        Assert.Equal("breach-never-cleared", WorkflowInvariants.OfStep(breached, cleared, Command(new Start("r", Liaison)), applied: true)?.Code);
        Assert.Equal("settled-clock-never-changes", WorkflowInvariants.OfStep(met, moved, Command(new Contact("r", Liaison, "", "")), applied: true)?.Code);
    }
}
