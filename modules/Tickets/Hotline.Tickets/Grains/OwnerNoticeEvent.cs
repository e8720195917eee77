namespace Hotline.Tickets.Grains;

/// <summary>The ticket events the owner is told of. Stored: never renumber.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.OwnerNoticeEvent")]
public enum OwnerNoticeEvent
{
    /// <summary>Registered: the acknowledgement with the tracking number.</summary>
    Received = 1,

    /// <summary>A10.3.2–5: the group confirmed the plan and its completion time.</summary>
    PlanConfirmed = 2,

    Resolved = 3,

    /// <summary>A10.2.3: adopted or not, the reply and (not adopted) the reason.</summary>
    SuggestionDecided = 4,

    /// <summary>A10.4: the non-responsibility statement was accepted; the reason goes to the owner.</summary>
    FoundInvalid = 5,

    Reopened = 6,
}
