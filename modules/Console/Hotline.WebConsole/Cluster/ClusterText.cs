namespace Hotline.WebConsole.Cluster;

/// <summary>The cluster page's words in one language (<see cref="ClusterTexts"/> holds the three): a missing word is a compile error.</summary>
public sealed record ClusterText
{
    public required string Lang { get; init; }
    public required string Title { get; init; }
    public required string Refresh { get; init; }
    public required string AsOf { get; init; }
    public required string Silos { get; init; }
    public required string Address { get; init; }
    public required string Name { get; init; }
    public required string Host { get; init; }
    public required string Status { get; init; }
    public required string Started { get; init; }
    public required string LastHeartbeat { get; init; }
    public required string ThisSilo { get; init; }
    public required IReadOnlyDictionary<string, string> SiloStates { get; init; }
    public required string Activations { get; init; }
    public required string GrainType { get; init; }
    public required string Count { get; init; }
    public required string NoActivations { get; init; }
    public required string Reminders { get; init; }
    public required string RemindersUnreadable { get; init; }
    public required string DueWithin { get; init; }
    public required string RemindersTotal { get; init; }
    public required string Grain { get; init; }
    public required string Reminder { get; init; }
    public required string NextTick { get; init; }
    public required string Period { get; init; }
    public required string Storage { get; init; }
    public required string Reachable { get; init; }
    public required string Unreachable { get; init; }
    public required string RoundTrip { get; init; }
    public required string Pools { get; init; }
    public required string Pool { get; init; }
    public required string Idle { get; init; }
    public required string Busy { get; init; }
    public required string Max { get; init; }
    public required string Embedded { get; init; }
    public required string EmbeddedRunning { get; init; }
    public required string EmbeddedStopped { get; init; }
    public required IReadOnlyDictionary<string, string> EmbeddedStates { get; init; }
    public required string EmbeddedRestarts { get; init; }
    public required string Figures { get; init; }
    public required string FiguresNote { get; init; }
    public required string Registered { get; init; }
    public required string Met { get; init; }
    public required string Breached { get; init; }
    public required string WarningsRaised { get; init; }
    public required string ReminderTicks { get; init; }
    public required string LatenessMean { get; init; }
    public required string LatenessMax { get; init; }
    public required string Seconds { get; init; }
    public required string None { get; init; }
    public required string Dashboard { get; init; }
    public required string DashboardOff { get; init; }
    public required string MetricsNote { get; init; }
}
