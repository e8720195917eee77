namespace Hotline.Tickets.Contracts;

/// <summary>The owner's contact as lists, exports and ticket views show it: "張*", "138****1234".</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.OwnerContactMasked")]
public sealed record OwnerContactMasked(
    [property: Id(0)] string? Name,
    [property: Id(1)] string? Phone);
