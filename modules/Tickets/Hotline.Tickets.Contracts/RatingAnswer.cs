using Hotline.Kernel;

namespace Hotline.Tickets.Contracts;

/// <summary>Staff's answer to an owner's rating: what they said, who, when.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.RatingAnswer")]
public sealed record RatingAnswer(
    [property: Id(0)] string Note,
    [property: Id(1)] Actor By,
    [property: Id(2)] DateTimeOffset At);
