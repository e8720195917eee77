namespace Hotline.Tickets.Tests.Reminders;

/// <summary>One row of Orleans' reminder table (orleans_reminders) as PostgreSQL holds it.</summary>
/// <param name="Version">1 when the row was inserted, one more for each upsert since (Orleans' reminder upsert).</param>
internal sealed record ReminderRow(string GrainId, string ReminderName, DateTimeOffset StartTime, TimeSpan Period, int Version);
