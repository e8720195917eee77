namespace Hotline.Operations.Contracts;

/// <summary>How much of the reminder schedule to show: the next <see cref="NextReminders"/> ticks, and a count over <see cref="DueWithinMinutes"/>.</summary>
public sealed record ClusterStatusQuery(int NextReminders = ClusterStatusQuery.DefaultNextReminders, int DueWithinMinutes = ClusterStatusQuery.DefaultDueWithinMinutes)
{
    public const int DefaultNextReminders = 20;
    public const int MaxNextReminders = 500;

    /// <summary>Orleans keeps in memory only reminders whose next tick falls within 10 minutes: the same window by default.</summary>
    public const int DefaultDueWithinMinutes = 10;
    public const int MaxDueWithinMinutes = 7 * 24 * 60;
}
