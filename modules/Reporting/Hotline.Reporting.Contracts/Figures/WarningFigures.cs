namespace Hotline.Reporting.Contracts.Figures;

/// <summary>
/// Warnings (A11) raised in the period by level, those still open now by level, and how fast they were verified
/// and answered (average minutes from raised to verified, and from verified to answered; null when none was).
/// </summary>
public sealed record WarningFigures(
    IReadOnlyList<NamedCount> RaisedByLevel,
    IReadOnlyList<NamedCount> OpenByLevel,
    long Verified,
    double? AverageMinutesToVerify,
    long Answered,
    double? AverageMinutesToAnswer);
