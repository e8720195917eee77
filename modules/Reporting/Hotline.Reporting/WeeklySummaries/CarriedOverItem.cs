namespace Hotline.Reporting.WeeklySummaries;

/// <summary>A ticket registered before the week and still open (not resolved, closed or invalid) when the summary was drafted.</summary>
public sealed record CarriedOverItem(long? Number, Guid TicketId, string Kind, string Status, DateTimeOffset RegisteredAt, string? WarningLevel);
