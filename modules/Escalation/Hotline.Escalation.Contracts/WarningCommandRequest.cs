namespace Hotline.Escalation.Contracts;

/// <summary>
/// POST /api/warnings/{id}/{command}, by the signed-in person in the role the access policy admitted. verify: nothing more; dismiss: reason;
/// answer: plan, completionDueAt; assign-departments: departments (CustomerServiceDept, EngineeringDept, …).
/// </summary>
public sealed record WarningCommandRequest(
    string? Reason,
    string? Plan,
    DateTimeOffset? CompletionDueAt,
    string[]? Departments);
