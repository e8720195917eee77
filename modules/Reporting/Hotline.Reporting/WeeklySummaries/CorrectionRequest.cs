namespace Hotline.Reporting.WeeklySummaries;

/// <summary>POST .../corrections: why the summary is drafted again.</summary>
public sealed record CorrectionRequest(string? Reason);
