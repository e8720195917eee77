using Hotline.Escalation.Contracts;
using Hotline.Kernel;

namespace Hotline.Tickets.Warnings;

/// <summary>
/// A warning the ticket decided to raise, saved with the decision (an outbox entry) and raised afterwards:
/// a silo dying in between leaves it pending, and the next call, tick or activation raises it.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.PendingWarning")]
public sealed record PendingWarning(
    [property: Id(0)] Guid Id,
    [property: Id(1)] WarningLevel Level,
    [property: Id(2)] WarningTrigger Trigger,
    [property: Id(3)] string Rule,
    [property: Id(4)] Actor By,
    [property: Id(5)] string? Reason);
