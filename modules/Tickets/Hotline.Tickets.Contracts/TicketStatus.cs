namespace Hotline.Tickets.Contracts;

/// <summary>Where a ticket stands in its workflow. Values are stored: never renumber, only add.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.TicketStatus")]
public enum TicketStatus
{
    /// <summary>Registered and sent to the project's liaison; the 10-minute start clock runs (A10.1.3.1).</summary>
    Dispatched = 1,

    /// <summary>The liaison has started the workflow.</summary>
    Started = 2,
}
