namespace Hotline.Reporting.Analyses;

/// <summary>A red warning raised in the week (A11.3): a major complaint the platform flagged, already told to the vice-president at once.</summary>
public sealed record RedWarning(Guid WarningId, string? ProjectId, string? BranchId, Guid? TicketId, string Trigger, string Status, DateTimeOffset RaisedAt);
