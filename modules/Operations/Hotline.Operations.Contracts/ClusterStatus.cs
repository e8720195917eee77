namespace Hotline.Operations.Contracts;

/// <summary>What an operator sees of the cluster at <see cref="At"/>: its silos, what they host, the reminders coming due and the database.
/// <see cref="Reminders"/> is null when the database could not be read (<see cref="Storage"/> says why).</summary>
public sealed record ClusterStatus(
    DateTimeOffset At,
    IReadOnlyList<SiloInfo> Silos,
    IReadOnlyList<GrainActivations> Activations,
    RemindersDue? Reminders,
    StorageHealth Storage);
