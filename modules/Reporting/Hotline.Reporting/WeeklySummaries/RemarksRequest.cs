namespace Hotline.Reporting.WeeklySummaries;

/// <summary>POST .../remarks: the liaison's remarks (blank clears them).</summary>
public sealed record RemarksRequest(string? Remarks);
