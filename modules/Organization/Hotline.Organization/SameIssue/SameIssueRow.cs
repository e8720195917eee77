namespace Hotline.Organization.SameIssue;

/// <summary>One ticket's report as a row of <c>same_issue_reports</c> (used to carry over state of earlier versions).</summary>
public sealed record SameIssueRow(Guid TicketId, string IssueKey, string ProjectId, string BranchId, string Household, DateTimeOffset At, Guid? RepeatOf);
