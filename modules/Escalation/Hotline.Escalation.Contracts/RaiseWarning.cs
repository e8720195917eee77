using Hotline.Kernel;

namespace Hotline.Escalation.Contracts;

/// <summary>
/// Raises a warning. The warning's grain id is derived from its subject and rule (<see cref="WarningIds"/>),
/// so raising the same warning twice, from a retry or from two silos, yields one warning.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Escalation.RaiseWarning")]
public sealed record RaiseWarning(
    [property: Id(0)] WarningLevel Level,
    [property: Id(1)] WarningTrigger Trigger,
    [property: Id(2)] WarningSubject Subject,
    [property: Id(3)] string Rule,
    [property: Id(4)] Actor RaisedBy,
    [property: Id(5)] string? Reason);
