namespace Hotline.Reporting.WeeklySummaries;

/// <summary>A warning raised in the week, with its verification and the unit's answer (as the warning list holds them).</summary>
public sealed record WeekWarning(Guid WarningId, string Level, string Status, DateTimeOffset RaisedAt, DateTimeOffset? VerifiedAt, DateTimeOffset? AnsweredAt, string? Answer);
