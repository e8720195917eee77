using Hotline.Kernel;

namespace Hotline.Tickets.Contracts;

/// <summary>
/// The owner's rating of one resolution: overall, speed and attitude, 1–5 each, an optional comment, who recorded it
/// (the owner, or the call-center agent who heard it) and when; and staff's answer once given. Stored: ids only added.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.OwnerRating")]
public sealed record OwnerRating(
    [property: Id(0)] int Overall,
    [property: Id(1)] int Speed,
    [property: Id(2)] int Attitude,
    [property: Id(3)] string? Comment,
    [property: Id(4)] Actor RatedBy,
    [property: Id(5)] DateTimeOffset RatedAt)
{
    /// <summary>Staff's answer to the rating, or null while unanswered.</summary>
    [Id(6)] public RatingAnswer? Answer { get; init; }
}
