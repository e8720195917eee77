namespace Hotline.Tickets.Contracts;

/// <summary>The callback after resolution: how many attempts, and the owner's rating (1–5) if reached.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.OwnerFeedback")]
public sealed record OwnerFeedback(
    [property: Id(0)] int Attempts,
    [property: Id(1)] int? Rating,
    [property: Id(2)] string? Comment);
