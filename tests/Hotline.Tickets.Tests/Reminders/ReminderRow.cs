namespace Hotline.Tickets.Tests.Reminders;

/// <summary>One row of Orleans' reminder table (orleans_reminders) as PostgreSQL holds it.</summary>
internal sealed record ReminderRow(string GrainId, string ReminderName, DateTimeOffset StartTime, TimeSpan Period);
