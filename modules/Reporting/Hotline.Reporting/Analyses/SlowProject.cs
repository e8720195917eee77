namespace Hotline.Reporting.Analyses;

/// <summary>A project behind a slow clock: its decided clocks of that kind in the week, on time, breached, and the on-time rate.</summary>
public sealed record SlowProject(string ProjectId, string? BranchId, long Decided, long OnTime, long Breached, double? OnTimeRate);
