namespace Hotline.Tickets.Contracts;

/// <summary>
/// The time limits a ticket is given at registration and keeps for life, so a later policy change
/// affects only new tickets (A13.2). <see cref="Schedule"/> is enough to compute every due time again.
/// </summary>
/// <param name="ReopenWindow">How long after closing the owner may still reopen the ticket.</param>
/// <param name="CallbackAttempts">Callbacks tried before the ticket is closed without the owner's rating.</param>
[GenerateSerializer]
[Alias("Hotline.Tickets.TicketLimits")]
public sealed record TicketLimits(
    [property: Id(0)] LimitSpec Start,
    [property: Id(1)] LimitSpec Contact,
    [property: Id(2)] LimitSpec PlanGeneral,
    [property: Id(3)] LimitSpec PlanSerious,
    [property: Id(4)] LimitSpec SuggestionReply,
    [property: Id(5)] LimitSpec NonResponsibilityStatement,
    [property: Id(6)] LimitSpec ReopenWindow,
    [property: Id(7)] int CallbackAttempts,
    [property: Id(8)] DutySchedule Schedule)
{
    /// <summary>A10.3: both plan limits are kept because severity may be raised after registration.</summary>
    public LimitSpec PlanFor(Severity severity) => severity == Severity.Serious ? PlanSerious : PlanGeneral;
}
