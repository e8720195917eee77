using Hotline.Kernel;

namespace Hotline.Tickets.Contracts;

/// <summary>The owner's side closed: who confirmed the resolution (the owner, or the call center for them) and when.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.ResolutionConfirmation")]
public sealed record ResolutionConfirmation(
    [property: Id(0)] Actor By,
    [property: Id(1)] DateTimeOffset At);
