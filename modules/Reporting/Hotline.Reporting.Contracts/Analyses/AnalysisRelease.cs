namespace Hotline.Reporting.Contracts.Analyses;

/// <summary>What came of a release: the version number and its frozen content, or why not (the week is not over: 409).</summary>
public sealed record AnalysisRelease(int? Version, string? Content, string? NotOver = null);
