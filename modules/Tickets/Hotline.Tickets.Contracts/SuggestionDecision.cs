namespace Hotline.Tickets.Contracts;

/// <summary>A10.2.3: adopted or not (a rejection states its reason) and the reply given to the owner.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.SuggestionDecision")]
public sealed record SuggestionDecision(
    [property: Id(0)] bool Adopted,
    [property: Id(1)] string? Reason,
    [property: Id(2)] string Reply,
    [property: Id(3)] DateTimeOffset DecidedAt);
