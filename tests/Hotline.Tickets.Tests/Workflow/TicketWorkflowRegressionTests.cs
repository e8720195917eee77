using Hotline.Kernel;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Workflow;
using Hotline.Tickets.Contracts.Commands;

namespace Hotline.Tickets.Tests.Workflow;

/// <summary>
/// The smallest sequences the property tests shrank their failures to, kept as plain examples.
/// Each fails until the product bug it names is fixed (see the summary of each test).
/// </summary>
public sealed class TicketWorkflowRegressionTests
{
    private static readonly DateTimeOffset Registered = new(2026, 5, 25, 9, 0, 0, TimeSpan.FromHours(8));

    /// <summary>
    /// Found by <see cref="TicketStateMachinePropertyTests"/> (e.g. Repair, duty-hours, seed 200250).
    /// Transfer (or an accepted statement) while the ticket waits on the owner cancels the paused
    /// resolution clock but leaves it paused; the next resume on the new project (Clocks.ResumeAll
    /// touches every clock, open or not) moves that cancelled clock's due time and pause total.
    /// Fix: Clocks.ResumeAll resumes only open clocks, and Clocks.Cancel settles a pause when it cancels
    /// (<c>c.IsOpen &amp;&amp; ... ? Resumed(c, now) with { CancelledAt = now } : c</c>).
    /// </summary>
    [Fact]
    public void Resume_AfterTransferWhileWaitingOnOwner_LeavesTheCancelledResolutionClockUnchanged()
    {
        var t = Complaint();
        t = Do(t, 0.1, new Start(Id(), Liaison));
        t = Do(t, 0.2, new Contact(Id(), Liaison, "EngineeringDept", "更換門機"));
        t = Do(t, 0.3, new ReportPlan(Id(), Liaison, At(2), null));
        t = Do(t, 0.5, new WaitForOwner(Id(), Liaison, "業主出差", At(1), null));
        t = Do(t, 3, new Transfer(Id(), Liaison, "p-harbour", "south"));
        var cancelled = t.Clocks.Single(c => c.Kind == ClockKind.Resolution);
        Assert.NotNull(cancelled.CancelledAt);

        t = Do(t, 3.1, new Start(Id(), Liaison));
        t = Do(t, 3.2, new Contact(Id(), Liaison, "EngineeringDept", "更換門機"));
        t = Do(t, 3.3, new WaitForOwner(Id(), Liaison, "業主不在家", At(4), null));
        t = Do(t, 3.4, new ResumeHandling(Id(), Liaison));

        Assert.Equal(cancelled, t.Clocks.Single(c => c.Kind == ClockKind.Resolution));
    }

    /// <summary>
    /// The same bug seen from the timeline's clock report: the resolution clock was paused (the owner's
    /// wait costs the unit nothing) from half a day after the plan until the transfer, so it was never late;
    /// yet the cancelled clock, still paused, reports the whole pause past its old due time as breach.
    /// Fix as above: Clocks.Cancel settles the pause (moves the due time on by it) when it cancels.
    /// </summary>
    [Fact]
    public void Transfer_WhileWaitingOnOwner_CancelledResolutionClockCountsNoPausedTimeAsBreach()
    {
        var t = Complaint();
        t = Do(t, 0.1, new Start(Id(), Liaison));
        t = Do(t, 0.2, new Contact(Id(), Liaison, "EngineeringDept", "更換門機"));
        t = Do(t, 0.3, new ReportPlan(Id(), Liaison, At(1), null));
        // Follow-up within the owner-wait bound (3 days), still after the transfer.
        t = Do(t, 0.5, new WaitForOwner(Id(), Liaison, "業主出差", At(3.4), null));

        t = Do(t, 3, new Transfer(Id(), Liaison, "p-harbour", "south"));

        var resolution = t.Clocks.Single(c => c.Kind == ClockKind.Resolution);
        Assert.NotNull(resolution.CancelledAt);
        Assert.Equal(TimeSpan.Zero, resolution.BreachDuration(At(10)));
    }

    /// <summary>
    /// Likely bug (product to confirm): a reopened ticket, resolved again, does not get
    /// <see cref="TicketLimits.CallbackAttempts"/> callbacks again: the failed attempts of the first
    /// resolution still count, so after reopen the first unanswered callback closes it without a rating
    /// (and until then the reopened ticket still shows the first round's feedback).
    /// Fix: TicketTransitions' Reopen resets <c>Feedback = null</c> (the earlier rounds stay in the timeline).
    /// </summary>
    [Fact]
    public void Callback_AfterReopenAndNewResolution_AllowsTheConfiguredAttemptsAgain()
    {
        var t = Complaint();
        t = Do(t, 0.1, new Start(Id(), Liaison));
        t = Do(t, 0.2, new Contact(Id(), Liaison, "EngineeringDept", "更換門機"));
        t = Do(t, 0.3, new ReportPlan(Id(), Liaison, At(1), null));
        t = Do(t, 0.4, new Resolve(Id(), Liaison, "已處理"));
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            t = Do(t, 0.4 + (attempt / 10.0), new Callback(Id(), Liaison, false, null, null));
        }

        Assert.Equal(TicketStatus.Closed, t.Status);
        t = Do(t, 1, new Reopen(Id(), Liaison, "電梯又壞了"));
        t = Do(t, 1.1, new ReportPlan(Id(), Liaison, At(2), null));
        t = Do(t, 1.2, new Resolve(Id(), Liaison, "再次處理"));

        t = Do(t, 1.3, new Callback(Id(), Liaison, false, null, null));

        Assert.Equal(TicketStatus.Resolved, t.Status);
        Assert.Equal(1, t.Feedback?.Attempts);
    }

    private static Ticket Complaint() =>
        WorkflowWorld.Register(new WorkflowStart(TicketKind.Complaint, WorkflowWorld.AroundTheClock, Registered, "p-sunrise", "other", Severity.General, "電梯門關不上"));

    private static readonly Actor Liaison = new("sunrise-liaison", "ProjectLiaison");

    private static string Id() => Guid.NewGuid().ToString("N");

    private static DateTimeOffset At(double days) => Registered + TimeSpan.FromDays(days);

    /// <summary>As the grain does it: the command must be allowed now, and must apply.</summary>
    private static Ticket Do(Ticket t, double days, TicketCommand command)
    {
        var rules = new LimitsClockRules(t.Limits!);
        Assert.Contains(command.Name, AllowedCommands.For(t, At(days), rules));
        var next = TicketTransitions.Apply(t, command, At(days), rules, WorkflowWorld.Categories);
        Assert.True(next.Ticket is not null, $"{command.Name}: {next.InvalidField} {next.Problem}");
        return next.Ticket;
    }
}
