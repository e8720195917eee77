namespace Hotline.Tickets.Contracts.Commands;

/// <summary>
/// A command as the API answers it: the body's fields at fault (400, by JSON name), or the ticket's outcome (accepted,
/// refused in its state with the commands it accepts now, an argument it refused, or no such ticket).
/// </summary>
public sealed record TicketCommandAnswer(CommandOutcome? Outcome, IReadOnlyDictionary<string, string[]> Errors)
{
    public static TicketCommandAnswer Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, errors);
}
