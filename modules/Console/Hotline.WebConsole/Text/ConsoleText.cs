namespace Hotline.WebConsole.Text;

/// <summary>
/// Every string the console shows, in one language (<see cref="ConsoleTexts"/> holds the three tables). Markup takes
/// its words from here only, so a missing translation is a compile error, not a blank.
/// </summary>
public sealed record ConsoleText
{
    public required string Lang { get; init; }
    public required string AppName { get; init; }
    public required string SkipToContent { get; init; }
    public required string MainNav { get; init; }
    public required string MyWork { get; init; }
    public required string Tickets { get; init; }
    public required string SignOut { get; init; }
    public required string Language { get; init; }
    public required string SignedInAs { get; init; }
    public required string NeedsMeNow { get; init; }
    public required string NothingNeedsYou { get; init; }
    public required string Inbox { get; init; }
    public required string InboxEmpty { get; init; }
    public required string Unread { get; init; }
    public required string MarkDone { get; init; }
    public required string IsDone { get; init; }
    public required string OlderItems { get; init; }
    public required string FirstPage { get; init; }
    public required string Filters { get; init; }
    public required string Status { get; init; }
    public required string Kind { get; init; }
    public required string Project { get; init; }
    public required string Search { get; init; }
    public required string Any { get; init; }
    public required string Apply { get; init; }
    public required string PreviousPage { get; init; }
    public required string NextPage { get; init; }
    public required string PageOf { get; init; }
    public required string NoTickets { get; init; }
    public required string Number { get; init; }
    public required string Category { get; init; }
    public required string Severity { get; init; }
    public required string Household { get; init; }
    public required string Owner { get; init; }
    public required string Text { get; init; }
    public required string RegisteredAt { get; init; }
    public required string NextDue { get; init; }
    public required string Clocks { get; init; }
    public required string Clock { get; init; }
    public required string Due { get; init; }
    public required string State { get; init; }
    public required string Met { get; init; }
    public required string Remaining { get; init; }
    public required string Breached { get; init; }
    public required string Paused { get; init; }
    public required string Cancelled { get; init; }
    public required string Timeline { get; init; }
    public required string Actions { get; init; }
    public required string NoActions { get; init; }
    public required string Note { get; init; }
    public required string ActionDone { get; init; }
    public required string NotAllowed { get; init; }
    public required string NotFound { get; init; }
    public required string FieldProblem { get; init; }
    public required string Loading { get; init; }
    public required string Open { get; init; }
    /// <summary>Every role's name (people's roles, who must act on a warning, who signed): one table for every page.</summary>
    public required IReadOnlyDictionary<string, string> Roles { get; init; }
    public required IReadOnlyDictionary<string, string> Statuses { get; init; }
    public required IReadOnlyDictionary<string, string> Kinds { get; init; }
    public required IReadOnlyDictionary<string, string> ClockKinds { get; init; }
    public required IReadOnlyDictionary<string, string> Commands { get; init; }

    /// <summary>
    /// A value's word in this language, else the value itself (a new enum value shows, never a blank); none for null.
    /// Every page's table looks its words up here (the reports and administration pages had copies of their own).
    /// </summary>
    public static string Word(IReadOnlyDictionary<string, string> words, string? value) =>
        value is not null && words.TryGetValue(value, out var word) ? word : value ?? "";
}
