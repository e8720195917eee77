namespace Hotline.Tickets.Warnings;

/// <summary>
/// Where the ticket's issue was last counted (A11.3): its project and issue key then. Kept in the outbox while a category
/// correction, a transfer or an A10.4 invalidation has not yet moved (or withdrawn) the count.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.ReportedIssue")]
public sealed record ReportedIssue(
    [property: Id(0)] string ProjectId,
    [property: Id(1)] string IssueKey);
