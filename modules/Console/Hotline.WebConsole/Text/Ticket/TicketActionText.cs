namespace Hotline.WebConsole.Text.Ticket;

/// <summary>
/// The ticket page's words for its actions (the command forms) and for a session that ended while the page was open.
/// <see cref="Commands"/> and <see cref="Fields"/> are keyed by the API's names (TicketCommandForms); a test checks
/// each language has a word for every offered command and field.
/// </summary>
public sealed record TicketActionText
{
    public required string Lang { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string NotSaid { get; init; }
    public required string MustBeWholeNumber { get; init; }
    public required string MustBeMoment { get; init; }
    public required string RefusedNow { get; init; }
    public required string SignedOut { get; init; }
    public required string SignInAgain { get; init; }
    public required IReadOnlyDictionary<string, string> Commands { get; init; }
    public required IReadOnlyDictionary<string, string> Fields { get; init; }
    public required IReadOnlyDictionary<string, string> Severities { get; init; }
}
