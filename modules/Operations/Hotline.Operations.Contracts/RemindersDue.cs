namespace Hotline.Operations.Contracts;

/// <summary>
/// The reminder ticks coming: <see cref="DueWithinWindow"/> reminders have a tick within <see cref="WindowMinutes"/> minutes
/// of the status time, and <see cref="Next"/> lists the earliest next ticks, earliest first.
/// </summary>
public sealed record RemindersDue(int WindowMinutes, long DueWithinWindow, long Total, IReadOnlyList<ReminderTick> Next);
