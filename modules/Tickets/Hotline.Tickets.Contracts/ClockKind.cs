namespace Hotline.Tickets.Contracts;

/// <summary>The regulation's clocks. Values are stored: never renumber, only add.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.ClockKind")]
public enum ClockKind
{
    /// <summary>A10.1.3.1: start the workflow within 10 minutes of dispatch.</summary>
    Start = 1,

    /// <summary>A10.1.3.2: contact the owner and fix department and plan within 1 hour of starting.</summary>
    Contact = 2,

    /// <summary>A10.3: report the plan and the time it needs within 4 hours (general) or 1 day (serious).</summary>
    Plan = 3,

    /// <summary>The completion time promised in the plan; pauses while the ticket waits on the owner.</summary>
    Resolution = 4,

    /// <summary>A10.2.3: decide a suggestion and answer the owner within 2 days.</summary>
    SuggestionReply = 5,

    /// <summary>While the ticket waits on the owner: when the liaison must try the owner again (A10.1.3.3: never unowned).</summary>
    OwnerFollowUp = 6,
}
