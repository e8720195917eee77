namespace Hotline.Tickets.Contracts;

/// <summary>
/// A10.1.3.2 / A10.3: the department and plan fixed with the owner, then the time it needs. A10.3.2–5: the unit
/// carries out "the solution the group confirms", so a reported completion time counts for escalation only once
/// QualityDept or the call center confirmed it.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.TicketPlan")]
public sealed record TicketPlan(
    [property: Id(0)] string Department,
    [property: Id(1)] string Summary,
    [property: Id(2)] DateTimeOffset? CompletionDueAt,
    [property: Id(3)] DateTimeOffset? ReportedAt)
{
    /// <summary>Reported under the confirmation rule (false for a plan stored before it existed: then the promise counts as before).</summary>
    [Id(4)] public bool ConfirmationRequired { get; init; }

    /// <summary>The completion time the group last confirmed; escalation (A11) counts from it.</summary>
    [Id(5)] public DateTimeOffset? ConfirmedCompletionDueAt { get; init; }

    [Id(6)] public DateTimeOffset? ConfirmedAt { get; init; }

    /// <summary>Who confirmed it (person id).</summary>
    [Id(7)] public string? ConfirmedBy { get; init; }

    /// <summary>The reported completion time waits for QualityDept or the call center to confirm or return it.</summary>
    [Id(8)] public bool AwaitingConfirmation { get; init; }

    /// <summary>Why the last reported plan was sent back; cleared by the next report.</summary>
    [Id(9)] public string? ReturnReason { get; init; }
}
