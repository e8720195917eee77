namespace Hotline.WebConsole.Session;

/// <summary>A button's result: the outcome, the fields at fault by the API's names (for <see cref="TicketActionOutcome.InvalidField"/>) and the ticket's words.</summary>
public sealed record TicketActionResult(TicketActionOutcome Outcome, IReadOnlyDictionary<string, string[]>? Errors = null, string? Detail = null)
{
    public static TicketActionResult Invalid(string field, string message) => new(TicketActionOutcome.InvalidField, new Dictionary<string, string[]> { [field] = [message] });
}
