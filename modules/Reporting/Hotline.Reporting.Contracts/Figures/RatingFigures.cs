namespace Hotline.Reporting.Contracts.Figures;

/// <summary>The owners' ratings (1–5) of the period's tickets: how many, and the average of each score (null when none).</summary>
public sealed record RatingFigures(long Rated, double? Overall, double? Speed, double? Attitude);
