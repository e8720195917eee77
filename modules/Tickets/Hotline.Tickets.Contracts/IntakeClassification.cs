namespace Hotline.Tickets.Contracts;

/// <summary>
/// What registering a text would set (<see cref="IIntakeClassifier"/>): the category (the one chosen, else the one the
/// category plugins suggest), the severity the category suggests, the issue key repeats and same-issue counts key on,
/// and the department the category gives.
/// </summary>
public sealed record IntakeClassification(string Category, Severity SuggestedSeverity, string IssueKey, string ResponsibleDepartment);
