namespace Hotline.Tickets.Contracts;

/// <summary>What the owner brought (投訴 / 報修 / 建議). Values are stored: never renumber.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.TicketKind")]
public enum TicketKind
{
    Complaint = 1,
    Repair = 2,
    Suggestion = 3,
}
