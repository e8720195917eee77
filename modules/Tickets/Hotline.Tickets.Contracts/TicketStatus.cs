namespace Hotline.Tickets.Contracts;

/// <summary>Where a ticket stands in its workflow. Values are stored: never renumber, only add.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.TicketStatus")]
public enum TicketStatus
{
    /// <summary>Registered and sent to the project's liaison; the 10-minute start clock runs (A10.1.3.1).</summary>
    Dispatched = 1,

    /// <summary>The liaison has started the workflow; the 1-hour contact clock runs (A10.1.3.2).</summary>
    Started = 2,

    /// <summary>Owner contacted, department and plan fixed; the plan report clock runs (A10.3).</summary>
    Contacted = 3,

    /// <summary>Plan and completion time reported; the resolution clock runs to the promised time.</summary>
    InProgress = 4,

    /// <summary>Handled (or, for a suggestion, decided and answered); waiting for the callback or closing.</summary>
    Resolved = 5,

    /// <summary>Finished: after the owner's callback and rating, or after the callback attempts failed.</summary>
    Closed = 6,

    /// <summary>A10.4: not the company's responsibility, accepted by the call center; kept, out of statistics.</summary>
    Invalid = 7,
}
