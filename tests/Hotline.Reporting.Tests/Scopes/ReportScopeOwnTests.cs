using Hotline.Kernel;
using Hotline.Reporting.Contracts;

namespace Hotline.Reporting.Tests.Scopes;

/// <summary>A person's own report scope (the one rule the report endpoints and the console's lists share).</summary>
public sealed class ReportScopeOwnTests
{
    [Fact]
    public void I13_OwnScope_IsTheActingRolesBranchOrProject_ElseTheCompany()
    {
        Assert.Equal(new ReportScope(ScopeKind.Branch, "b-east"), ReportScope.Own(new RoleAssignment(Role.BranchHead, ScopeKind.Branch, "b-east")));
        Assert.Equal(new ReportScope(ScopeKind.Project, "p-sunrise"), ReportScope.Own(new RoleAssignment(Role.ProjectManager, ScopeKind.Project, "p-sunrise")));
        Assert.Equal(new ReportScope(ScopeKind.Company, null), ReportScope.Own(new RoleAssignment(Role.QualityDeptHead, ScopeKind.Company, "")));
        Assert.Equal(new ReportScope(ScopeKind.Company, null), ReportScope.Own(null));
    }
}
