using System.Collections.Immutable;
using Hotline.Kernel;

namespace Hotline.Reporting.Contracts.WeeklySummaries;

/// <summary>
/// A10.1.3.4's order of signatures: the project manager (step 1), then the branch head (step 2). Which step a version
/// waits for, and whether a caller's roles make them that step's signer.
/// </summary>
public sealed record SignatureStep(int Number, Role Role)
{
    public static readonly SignatureStep Manager = new(1, Role.ProjectManager);

    public static readonly SignatureStep BranchHead = new(2, Role.BranchHead);

    /// <summary>The step the version waits for; null once frozen.</summary>
    public static SignatureStep? Next(WeeklySummaryStatus status) => status switch
    {
        WeeklySummaryStatus.Draft => Manager,
        WeeklySummaryStatus.ManagerSigned => BranchHead,
        _ => null,
    };

    public WeeklySummaryStatus After => Number == 1 ? WeeklySummaryStatus.ManagerSigned : WeeklySummaryStatus.Signed;

    /// <summary>Whether the roles include this step's role over the summary's own project (manager) or branch (head).</summary>
    public bool HeldBy(ImmutableArray<RoleAssignment> roles, string projectId, string branchId) => roles.Any(r => r.Role == Role && (Role == Role.ProjectManager
        ? r.Scope == ScopeKind.Project && r.ScopeId == projectId
        : r.Scope == ScopeKind.Branch && r.ScopeId == branchId));
}
