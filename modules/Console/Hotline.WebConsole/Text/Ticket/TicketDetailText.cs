namespace Hotline.WebConsole.Text.Ticket;

/// <summary>The words of a ticket's owner contact and photos on its page (<see cref="TicketDetailTexts"/> holds the three languages).</summary>
public sealed record TicketDetailText
{
    public required string ShowWholeContact { get; init; }
    public required string Audited { get; init; }
    public required string NoContact { get; init; }
    public required string AuditUnavailable { get; init; }
    public required string Photos { get; init; }
    /// <summary>A photo's alternative text; {0} is its number on the ticket.</summary>
    public required string PhotoAlt { get; init; }
}
