namespace Hotline.Tickets.Grains;

/// <summary>The ticket events people are told of at once. Stored: never renumber.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.TicketNoticeKind")]
public enum TicketNoticeKind
{
    /// <summary>A10.1.3.1, A9.2.2: registered and dispatched, or transferred, to a project.</summary>
    Dispatched = 1,

    /// <summary>A10.3.2–5: the unit reported (or revised) the plan and its completion time.</summary>
    PlanReported = 2,

    /// <summary>催單: the owner chased the ticket; the project's liaison and manager hear of it at once. Numbered as its inbox item kind, apart from other additions.</summary>
    Urged = 24,
    // 27–29: dispatch to the people on duty (issue 11), numbered like their inbox items.

    /// <summary>Given to a handler (<see cref="PendingTicketNotice.PersonId"/>), who is told.</summary>
    HandlerAssigned = 27,

    /// <summary>The handler gave it back to the pool: the liaison is told.</summary>
    HandlerReturned = 28,

    /// <summary>Round-robin found no handler: the liaison is told.</summary>
    NoHandlerAvailable = 29,
}
