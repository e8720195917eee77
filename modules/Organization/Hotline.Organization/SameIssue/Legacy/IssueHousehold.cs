using System.Collections.Immutable;

namespace Hotline.Organization.Issues;

/// <summary>A household, named by its project and its own id (the same door number in two projects is two households), and its tickets in the window.</summary>
[GenerateSerializer]
[Alias("Hotline.Organization.IssueHousehold")]
public sealed record IssueHousehold(
    [property: Id(0)] string ProjectId,
    [property: Id(1)] string Household,
    [property: Id(2)] ImmutableArray<IssueTicket> Tickets)
{
    public bool Is(string projectId, string household) =>
        string.Equals(ProjectId, projectId, StringComparison.Ordinal) && string.Equals(Household, household, StringComparison.OrdinalIgnoreCase);
}
