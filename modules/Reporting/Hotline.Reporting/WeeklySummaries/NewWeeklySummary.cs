namespace Hotline.Reporting.WeeklySummaries;

/// <summary>A drafted summary about to be stored: its project and branch, its canonical content and that content's hash.</summary>
public sealed record NewWeeklySummary(string ProjectId, string BranchId, string Content, string ContentSha256);
