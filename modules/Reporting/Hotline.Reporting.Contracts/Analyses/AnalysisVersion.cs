namespace Hotline.Reporting.Contracts.Analyses;

/// <summary>One released version of a week's analysis: who released it when, the SHA-256 of its frozen content, and whether a later release replaced it.</summary>
public sealed record AnalysisVersion(int Version, DateTimeOffset ReleasedAt, string ReleasedBy, string Sha256, bool Replaced);
