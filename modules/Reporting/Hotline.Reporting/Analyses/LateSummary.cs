namespace Hotline.Reporting.Analyses;

/// <summary>A10.1.3.4: a project's weekly summary of the week not fully signed by its due time; when it was signed in the end (null: not yet).</summary>
public sealed record LateSummary(string ProjectId, string BranchId, DateTimeOffset? SignedAt);
