namespace Hotline.CallCenter.Contracts;

/// <summary>
/// What registering would do, nothing done yet: the category (the one given, else the plugins' suggestion), the
/// severity the category suggests (the enum name), the issue key, the household as the ticket would record it, and the
/// earlier ticket the complaint would repeat within <c>Hotline:Escalation:RepeatComplaintWindow</c> (A11.1.1), or null.
/// </summary>
public sealed record PrecheckAnswer(
    string Category,
    string SuggestedSeverity,
    string IssueKey,
    string ResponsibleDepartment,
    string? Household,
    RepeatOf? Repeat);
