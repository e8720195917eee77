namespace Hotline.WebConsole.Text.Ticket;

/// <summary>
/// The tickets list's words for its filters beyond the console's common ones (<see cref="TicketListTexts"/> holds the
/// three languages). <see cref="Assignees"/> is keyed by the API's values (TicketListValues); a test checks each has a word.
/// </summary>
public sealed record TicketListText
{
    public required string Lang { get; init; }
    public required string Branch { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public required string WarningLevel { get; init; }
    public required string NoWarning { get; init; }
    public required string Assignee { get; init; }
    public required string NeedsMyAction { get; init; }
    public required string Department { get; init; }
    public required string Handler { get; init; }
    public required string Pool { get; init; }
    public required string InPool { get; init; }
    public required string Held { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string PageSize { get; init; }
    public required string Clear { get; init; }
    public required string PageProblem { get; init; }
    public required IReadOnlyDictionary<string, string> Assignees { get; init; }
}
