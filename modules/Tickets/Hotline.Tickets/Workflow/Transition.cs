using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Workflow;

/// <summary>The result of applying a command: the ticket afterwards, or the argument that was wrong, or why the command was refused.</summary>
public sealed record Transition(Ticket? Ticket, string? InvalidField, string? Problem)
{
    /// <summary>The refusal's code (null when applied): <see cref="RefusalReason.InvalidField"/> for a wrong argument.</summary>
    public RefusalReason? Reason { get; init; }

    public static Transition To(Ticket ticket) => new(ticket, null, null);

    public static Transition Invalid(string field, string problem) => new(null, field, problem) { Reason = RefusalReason.InvalidField };

    /// <summary>Refused for a reason of the ticket's, not of an argument (409).</summary>
    public static Transition Refused(RefusalReason reason, string problem) => new(null, null, problem) { Reason = reason };
}
