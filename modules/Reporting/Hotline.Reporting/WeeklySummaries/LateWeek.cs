namespace Hotline.Reporting.WeeklySummaries;

/// <summary>
/// A week whose summary a project did not have fully signed by its due time (A10.1.3.4): some version of it is marked
/// late. <see cref="SignedAt"/> is when its current version was fully signed (null: not yet).
/// </summary>
public sealed record LateWeek(string ProjectId, string BranchId, string Week, DateTimeOffset DueAt, DateTimeOffset? SignedAt);
