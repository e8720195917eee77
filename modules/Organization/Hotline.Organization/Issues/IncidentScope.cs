using Hotline.Kernel;
using Hotline.Organization.Contracts;

namespace Hotline.Organization.Issues;

/// <summary>Where a same-issue incident belongs: a project (A11.3.3) or the company (A11.3.2).</summary>
public sealed record IncidentScope(string Scope, ScopeKind Kind, string Clause, string? ProjectId, string? BranchId, int Households)
{
    public static IncidentScope Project(ProjectInfo project) => Project(project.Id, project.BranchId, project.Households);

    public static IncidentScope Project(string projectId, string? branchId, int households) =>
        new($"project/{projectId}", ScopeKind.Project, "A11.3.3", projectId, branchId, households);

    public static IncidentScope Company(int households) =>
        new("company", ScopeKind.Company, "A11.3.2", null, null, households);

    public Guid WarningId(string issueKey, long episode) => IncidentWarningIds.For(Scope, issueKey, episode);
}
