namespace Hotline.WebConsole.Session;

/// <summary>A button's result: the outcome, the field at fault (for <see cref="TicketActionOutcome.InvalidField"/>) and the ticket's words.</summary>
public sealed record TicketActionResult(TicketActionOutcome Outcome, string? Field = null, string? Detail = null);
