namespace Hotline.Tickets.Contracts;

/// <summary>The ticket waits on the owner (asked to be called later, or unreachable): the resolution clock pauses.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.OwnerWait")]
public sealed record OwnerWait(
    [property: Id(0)] DateTimeOffset Since,
    [property: Id(1)] string Reason,
    [property: Id(2)] int ContactAttempts);
