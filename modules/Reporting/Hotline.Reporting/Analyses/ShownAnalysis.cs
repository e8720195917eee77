using Hotline.Reporting.Contracts.Analyses;

namespace Hotline.Reporting.Analyses;

/// <summary>
/// A week's analysis as asked for: the released version (<see cref="Released"/>, its frozen <see cref="Content"/>) or
/// the live draft (both null); <see cref="Analysis"/> is null when the version asked for was never released.
/// </summary>
public sealed record ShownAnalysis(IReadOnlyList<AnalysisVersion> Versions, AnalysisVersion? Released, string? Content, WeeklyAnalysis? Analysis);
