using Hotline.Kernel;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>The three scores of an owner's rating, checked the same way by <c>rate</c> and <c>confirm-resolution</c>.</summary>
public static class Ratings
{
    public const int Lowest = 1;
    public const int Highest = 5;

    /// <summary>Whether the body carries any score (confirm-resolution rates only when it does).</summary>
    public static bool Given(int? overall, int? speed, int? attitude) => overall is not null || speed is not null || attitude is not null;

    /// <summary>The first score missing or outside 1–5, as the refusal naming it; null when all three are good.</summary>
    public static Transition? Check(int? overall, int? speed, int? attitude) =>
        Score(overall, "overall") ?? Score(speed, "speed") ?? Score(attitude, "attitude");

    /// <summary>The rating, once <see cref="Check"/> passed.</summary>
    public static OwnerRating Of(int? overall, int? speed, int? attitude, string? comment, Actor by, DateTimeOffset at) =>
        new(overall!.Value, speed!.Value, attitude!.Value, string.IsNullOrWhiteSpace(comment) ? null : comment, by, at);

    public static string Note(int? overall, int? speed, int? attitude) =>
        $"overall {overall?.ToString() ?? "-"}, speed {speed?.ToString() ?? "-"}, attitude {attitude?.ToString() ?? "-"}";

    private static Transition? Score(int? value, string field) => value switch
    {
        null => Transition.Invalid(field, $"a score from {Lowest} to {Highest} is required"),
        < Lowest or > Highest => Transition.Invalid(field, $"must be from {Lowest} to {Highest}"),
        _ => null,
    };
}
