namespace Hotline.Escalation.Api;

/// <summary>
/// POST /api/warnings/{id}/{command}, by a person in a role. verify: nothing more; dismiss: reason;
/// answer: plan, completionDueAt; assign-departments: departments (CustomerServiceDept, EngineeringDept, …).
/// </summary>
public sealed record WarningCommandRequest(
    string? PersonId,
    string? Role,
    string? Reason,
    string? Plan,
    DateTimeOffset? CompletionDueAt,
    string[]? Departments);
