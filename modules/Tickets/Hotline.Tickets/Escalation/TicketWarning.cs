using Hotline.Escalation.Contracts;
using Hotline.Kernel;

namespace Hotline.Tickets.Escalation;

/// <summary>A warning this ticket raised (the warning itself lives in its own grain).</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.TicketWarning")]
public sealed record TicketWarning(
    [property: Id(0)] Guid Id,
    [property: Id(1)] WarningLevel Level,
    [property: Id(2)] WarningTrigger Trigger,
    [property: Id(3)] DateTimeOffset RaisedAt);
