namespace Hotline.Reporting.Analyses;

/// <summary>One of the week's top issue keys (A11.3): distinct households that reported it, its tickets, and the projects it came from.</summary>
public sealed record IssueKeyRow(string IssueKey, long Households, long Tickets, long Projects);
