namespace Hotline.Reporting.Analyses;

/// <summary>
/// One of the company's top same problems (A11.3.2) in the counting window: its company-wide key (the issue key, qualified
/// by its project for a located problem), the distinct households that reported it, its tickets, and the projects it came from.
/// </summary>
public sealed record IssueKeyRow(string IssueKey, long Households, long Tickets, long Projects);
