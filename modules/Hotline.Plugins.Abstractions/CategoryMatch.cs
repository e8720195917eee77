namespace Hotline.Plugins.Abstractions;

/// <summary>A classifier's verdict: a score (0 = no match) and the keywords that produced it.</summary>
public sealed record CategoryMatch(double Score, IReadOnlyList<string> MatchedKeywords)
{
    public static CategoryMatch None { get; } = new(0, []);
}
