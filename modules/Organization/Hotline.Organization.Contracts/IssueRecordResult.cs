namespace Hotline.Organization.Contracts;

/// <summary>
/// What the project answers to a report: the earlier ticket this one repeats (A11.1.1), and the open
/// same-issue incidents of the project (A11.3.3) and of the company (A11.3.2) for its issue key.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Organization.IssueRecordResult")]
public sealed record IssueRecordResult(
    [property: Id(0)] Guid? RepeatOf,
    [property: Id(1)] Guid? ProjectIncidentWarningId,
    [property: Id(2)] Guid? CompanyIncidentWarningId);
