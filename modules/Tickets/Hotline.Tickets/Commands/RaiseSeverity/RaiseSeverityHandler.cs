using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>The severity is raised to Serious (never lowered); the ticket keeps the limits it was registered with.</summary>
public sealed class RaiseSeverityHandler : CommandHandler<RaiseSeverity>
{
    public override string Name => TicketCommands.RaiseSeverity;

    public override ValueTask<RaiseSeverity> Parse(CommandInput input) => new(new RaiseSeverity(input.RequestId, input.By, input.Severity));

    public override Transition Apply(Ticket t, RaiseSeverity c, TransitionContext x) => c.Severity == Severity.Serious
        ? Transition.To(t with { Severity = Severity.Serious })
        : Transition.Invalid("severity", "severity can only be raised (to Serious), never lowered");

    public override string? Note(RaiseSeverity c) => TimelineNote.Join(c.Severity is null ? null : $"severity {c.Severity}");
}
