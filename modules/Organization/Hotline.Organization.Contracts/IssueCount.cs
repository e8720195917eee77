namespace Hotline.Organization.Contracts;

/// <summary>
/// One issue key of a project, branch or company: distinct households reporting it within the rolling
/// window, how many households reach the red threshold (null: no threshold at this level, or no
/// households), and the open incident's warning id.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Organization.IssueCount")]
public sealed record IssueCount(
    [property: Id(0)] string IssueKey,
    [property: Id(1)] int Households,
    [property: Id(2)] int? Threshold,
    [property: Id(3)] Guid? IncidentWarningId);
