namespace Hotline.WebConsole.Warnings;

/// <summary>The warning board's words in one language (<see cref="WarningsTexts"/> holds the three; a missing word is a compile error).</summary>
public sealed record WarningsText
{
    public required string Title { get; init; }
    public required string Level { get; init; }
    public required string Status { get; init; }
    public required string AnyOpen { get; init; }
    public required string Ticket { get; init; }
    public required string Branch { get; init; }
    public required string Company { get; init; }
    public required string MustAct { get; init; }
    public required string Nobody { get; init; }
    public required string RaisedAt { get; init; }
    public required string NoneAtLevel { get; init; }
    public required string LevelCount { get; init; }
    public required string More { get; init; }
    public required string Reason { get; init; }
    public required string Plan { get; init; }
    public required string CompletionDueAt { get; init; }
    public required string Departments { get; init; }
    public required string Send { get; init; }
    public required string Cancel { get; init; }
    public required string Done { get; init; }
    public required string Refused { get; init; }
    public required string ActionNotAllowed { get; init; }
    public required string WarningNotFound { get; init; }
    public required IReadOnlyDictionary<string, string> Levels { get; init; }
    public required IReadOnlyDictionary<string, string> Statuses { get; init; }
    public required IReadOnlyDictionary<string, string> Duties { get; init; }
    public required IReadOnlyDictionary<string, string> Commands { get; init; }
    public required IReadOnlyDictionary<string, string> DepartmentNames { get; init; }
}
