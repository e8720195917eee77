namespace Hotline.Organization.Contracts;

/// <summary>A project's issue report rolled up to its branch and the company (A11.3.2), where a household is (project, household).</summary>
[GenerateSerializer]
[Alias("Hotline.Organization.ProjectIssueReport")]
public sealed record ProjectIssueReport(
    [property: Id(0)] string ProjectId,
    [property: Id(1)] IssueReport Report);
