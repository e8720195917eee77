using Hotline.Kernel;

namespace Hotline.Escalation.Contracts;

/// <summary>The plan and promised completion time the people notified report (within 1 day of routing).</summary>
[GenerateSerializer]
[Alias("Hotline.Escalation.WarningAnswer")]
public sealed record WarningAnswer(
    [property: Id(0)] string Plan,
    [property: Id(1)] DateTimeOffset CompletionDueAt,
    [property: Id(2)] Actor By,
    [property: Id(3)] DateTimeOffset At);
