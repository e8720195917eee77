using System.Collections.Immutable;

namespace Hotline.Tickets.Contracts;

/// <summary>A ticket's live state as the API and the console show it.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.TicketView")]
public sealed record Ticket(
    [property: Id(0)] Guid Id,
    [property: Id(1)] TicketKind Kind,
    [property: Id(2)] string ProjectId,
    [property: Id(3)] string BranchId,
    [property: Id(4)] string Category,
    [property: Id(5)] Severity Severity,
    [property: Id(6)] string IssueKey,
    [property: Id(7)] string ResponsibleDepartment,
    [property: Id(8)] string Text,
    [property: Id(9)] string? Location,
    [property: Id(10)] string Channel,
    [property: Id(11)] TicketStatus Status,
    [property: Id(12)] DateTimeOffset RegisteredAt,
    [property: Id(13)] ImmutableArray<Clock> Clocks,
    [property: Id(14)] int Version)
{
    // Serialized by its field so the property can read a ticket stored before Warnings existed (default) as "none".
    [Id(28)]
    private readonly ImmutableArray<Guid> _warnings = [];

    /// <summary>When it was first dispatched (registration); a transfer keeps it (A10.4: the statement window is not reopened).</summary>
    [Id(15)] public DateTimeOffset DispatchedAt { get; init; }
    /// <summary>The limits given at registration; kept for life, so policy changes affect only new tickets.</summary>
    [Id(16)] public TicketLimits? Limits { get; init; }
    [Id(17)] public TicketPlan? Plan { get; init; }
    [Id(18)] public string? ResolutionNote { get; init; }
    [Id(19)] public DateTimeOffset? ResolvedAt { get; init; }
    [Id(20)] public OwnerFeedback? Feedback { get; init; }
    [Id(21)] public DateTimeOffset? ClosedAt { get; init; }
    /// <summary>Times the owner reopened it: each is a repeat complaint (A11.1.1).</summary>
    [Id(22)] public int ReopenCount { get; init; }
    [Id(23)] public NonResponsibilityStatement? Statement { get; init; }
    [Id(24)] public OwnerWait? WaitingOnOwner { get; init; }
    [Id(25)] public SuggestionDecision? Decision { get; init; }
    /// <summary>Severity the category handler suggested at registration (the agent may have chosen higher).</summary>
    [Id(26)] public Severity SuggestedSeverity { get; init; }
    /// <summary>The owner's household within the project, when known.</summary>
    [Id(27)] public string? Household { get; init; }
    /// <summary>Ids of the warnings raised for this ticket (A11), oldest first; details at /api/warnings/{id}.</summary>
    public ImmutableArray<Guid> Warnings
    {
        get => _warnings.IsDefault ? [] : _warnings;
        init => _warnings = value;
    }
    /// <summary>The highest warning level raised so far (Blue, Yellow, Red), or null.</summary>
    [Id(29)] public string? WarningLevel { get; init; }
    /// <summary>The owner's name and phone masked ("張*", "138****1234"); whole only at /api/tickets/{id}/owner-contact, audited.</summary>
    [Id(30)] public OwnerContactMasked? OwnerContactMasked { get; init; }
    /// <summary>A10.1.1 / A10.2.1: when a person classified it (confirmed or corrected the suggested category); null while only the plugin has.</summary>
    [Id(31)] public DateTimeOffset? CategoryClassifiedAt { get; init; }
    /// <summary>Who classified it (person id).</summary>
    [Id(32)] public string? CategoryClassifiedBy { get; init; }
    /// <summary>The caller gave no household, and the agent said so explicitly at registration (A11.1.1 / A11.3 cannot count it).</summary>
    [Id(40)] public bool HouseholdNotGiven { get; init; }
    /// <summary>The earlier ticket the agent marked this one a repeat complaint of (A11.1.1), or null.</summary>
    [Id(41)] public Guid? RepeatOf { get; init; }
    /// <summary>The owner's three-dimension rating of the current resolution (reopening clears it; the timeline keeps every one).</summary>
    [Id(50)] public OwnerRating? Rating { get; init; }
    /// <summary>催單: when the owner last chased the ticket, and how often in all.</summary>
    [Id(51)] public DateTimeOffset? LastUrgedAt { get; init; }
    [Id(52)] public int UrgeCount { get; init; }
    /// <summary>催單: from when the owner may urge again (the interval in force when they last urged), or null.</summary>
    [Id(54)] public DateTimeOffset? NextUrgeAllowedAt { get; init; }
    /// <summary>The owner confirmed the current resolution (closing the ticket), or null.</summary>
    [Id(53)] public ResolutionConfirmation? ResolutionConfirmed { get; init; }
    /// <summary>A10.2.3: when the suggestion's reply reached the owner (the channel accepted it), or null.</summary>
    [Id(75)] public DateTimeOffset? ReplyReachedOwnerAt { get; init; }
    /// <summary>The channel the reply reached the owner by (<c>gm-sms</c>, <c>web</c>, ...).</summary>
    [Id(76)] public string? ReplyReachedOwnerBy { get; init; }
    /// <summary>The handler (person id) carrying the ticket out for its unit (issue 11's dispatch); null: with the unit, in the pool.</summary>
    [Id(60)] public string? Handler { get; init; }
    /// <summary>When the current handler got it.</summary>
    [Id(61)] public DateTimeOffset? HandlerSince { get; init; }
}
