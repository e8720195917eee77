namespace Hotline.Tickets.Contracts.Commands;

/// <summary>One field a command reads from its body: its JSON name (a property of <see cref="TicketCommandRequest"/>) and how it is entered.</summary>
public sealed record TicketCommandField(string Name, TicketFieldKind Kind)
{
    /// <summary>The longest text the API accepts in this field, or null for a field that is not text.</summary>
    public int? MaxLength => Kind switch
    {
        TicketFieldKind.Text => TicketTextLimits.Text,
        TicketFieldKind.Short => TicketTextLimits.ShortField,
        _ => null,
    };
}
