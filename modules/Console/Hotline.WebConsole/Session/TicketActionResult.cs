using Hotline.Tickets.Contracts;

namespace Hotline.WebConsole.Session;

/// <summary>
/// A button's result: the outcome, the fields at fault by the API's names (for <see cref="TicketActionOutcome.InvalidField"/>),
/// and for a refusal the ticket's reason code (worded in the person's language) and its English sentence.
/// </summary>
public sealed record TicketActionResult(TicketActionOutcome Outcome, IReadOnlyDictionary<string, string[]>? Errors = null, string? Detail = null, RefusalReason? Reason = null)
{
    public static TicketActionResult Invalid(string field, string message) => new(TicketActionOutcome.InvalidField, new Dictionary<string, string[]> { [field] = [message] });
}
