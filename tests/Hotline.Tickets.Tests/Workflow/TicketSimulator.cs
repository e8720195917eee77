using Hotline.Tickets.Contracts;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Tests.Workflow;

/// <summary>
/// One ticket driven the way <c>TicketGrain</c> drives it, without a cluster: a command is checked
/// against <see cref="AllowedCommands"/> (refused ones change nothing), applied with
/// <see cref="TicketTransitions.Apply"/>, and kept with its version; a tick records breaches as
/// <c>ReceiveReminder</c> does. Every step is checked against <see cref="WorkflowInvariants"/>.
/// </summary>
internal sealed class TicketSimulator
{
    public TicketSimulator(WorkflowStart start)
    {
        Start = start;
        Ticket = WorkflowWorld.Register(start);
        Now = start.At;
        Rules = new LimitsClockRules(Ticket.Limits!);
    }

    public WorkflowStart Start { get; }

    public Ticket Ticket { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public IClockRules Rules { get; }

    /// <summary>Checks the freshly registered ticket.</summary>
    public InvariantViolation? CheckRegistered() =>
        Ticket.Version != 1 || Ticket.Status != TicketStatus.Dispatched || Ticket.Clocks.Length != 1 || !Ticket.Clocks[0].IsPending
            ? new InvariantViolation("registered-dispatched-with-one-pending-clock", $"v{Ticket.Version} {Ticket.Status} with {Ticket.Clocks.Length} clocks")
            : WorkflowInvariants.OfState(Ticket, Now, Rules, AllowedCommands.For(Ticket, Now, Rules));

    /// <summary>Runs one step; returns what happened (for the trace) and the first broken law, if any.</summary>
    public (string Outcome, InvariantViolation? Violation) Run(WorkflowStep step)
    {
        if (step.At < Now)
        {
            throw new InvalidOperationException($"time went backwards: {step}");
        }

        Now = step.At;
        var before = Ticket;
        var (after, applied, outcome, violation) = step.Command is { } command ? Execute(before, command, step.ArgumentsValid) : Tick(before);
        Ticket = after;
        violation ??= WorkflowInvariants.OfStep(before, after, step, applied)
            ?? WorkflowInvariants.OfState(after, Now, Rules, AllowedCommands.For(after, Now, Rules));
        return ($"{outcome} -> {after.Status} v{after.Version}{(after.WaitingOnOwner is null ? "" : " (waiting on owner)")}", violation);
    }

    private (Ticket After, bool Applied, string Outcome, InvariantViolation? Violation) Execute(Ticket before, TicketCommand command, bool argumentsValid)
    {
        var allowed = AllowedCommands.For(before, Now, Rules);
        if (!allowed.Contains(command.Name))
        {
            // The grain's guard: a command the state machine does not admit is refused (409) and never applied.
            return (before, false, $"refused, allowed [{string.Join(", ", allowed)}]", null);
        }

        Transition transition;
        try
        {
            transition = TicketTransitions.Apply(before, command, Now, Rules, WorkflowWorld.Categories);
        }
        catch (Exception e)
        {
            return (before, false, "threw", new InvariantViolation("apply-never-throws", $"{command.Name} is allowed but Apply threw {e.GetType().Name}: {e.Message}"));
        }

        if (transition.Ticket is not { } next)
        {
            var shape = transition.InvalidField is null || transition.Problem is null
                ? new InvariantViolation("refusal-names-its-field", $"{command.Name} refused without naming the field and the problem")
                : argumentsValid
                    ? new InvariantViolation("valid-arguments-accepted", $"{command.Name} with valid arguments was refused: {transition.InvalidField}: {transition.Problem}")
                    : null;
            return (before, false, $"invalid {transition.InvalidField}", shape);
        }

        var wrongArguments = argumentsValid ? null : new InvariantViolation("invalid-arguments-refused", $"{command.Name} with invalid arguments was applied");
        return (next, true, "applied", wrongArguments);
    }

    private (Ticket After, bool Applied, string Outcome, InvariantViolation? Violation) Tick(Ticket before)
    {
        // ReceiveReminder: record breaches from the saved deadlines; save (and bump the version) only if something changed.
        var clocks = before.Clocks.RecordBreaches(Now);
        if (!clocks.RecordBreaches(Now).SequenceEqual(clocks))
        {
            return (before, false, "tick", new InvariantViolation("tick-idempotent", "recording breaches twice at the same moment changed the clocks again"));
        }

        if (clocks.SequenceEqual(before.Clocks))
        {
            return (before, false, "tick: nothing due", null);
        }

        var breached = clocks.Where((c, i) => c.BreachRecordedAt is not null && before.Clocks[i].BreachRecordedAt is null).Select(c => c.Kind);
        return (before with { Clocks = clocks, Version = before.Version + 1 }, true, $"tick: breach {string.Join(", ", breached)}", null);
    }
}
