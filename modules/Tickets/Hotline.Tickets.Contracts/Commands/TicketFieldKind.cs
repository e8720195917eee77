namespace Hotline.Tickets.Contracts.Commands;

/// <summary>How a field of <see cref="TicketCommandRequest"/> is entered (and bounded): the console draws its input from it.</summary>
public enum TicketFieldKind
{
    /// <summary>A free text up to <see cref="TicketTextLimits.Text"/> characters (note, plan, reason).</summary>
    Text,

    /// <summary>An id or a name up to <see cref="TicketTextLimits.ShortField"/> characters (department, project, category, handler).</summary>
    Short,

    /// <summary>A moment (completionDueAt, followUpAt).</summary>
    Moment,

    /// <summary>Yes or no (reached, accepted, adopted).</summary>
    YesNo,

    /// <summary>A whole number (attempts, rating).</summary>
    Number,

    /// <summary>One of <see cref="Contracts.Severity"/> by name.</summary>
    Severity,
}
