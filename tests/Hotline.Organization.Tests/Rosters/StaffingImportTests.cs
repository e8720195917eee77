using Hotline.Kernel;
using Hotline.Organization.Contracts;
using Hotline.Organization.Tests.Support;

namespace Hotline.Organization.Tests.Rosters;

/// <summary>A9.2, A9.3 at the company grain: an organisation handed to it without a project's liaison and manager or a branch's head is refused.</summary>
[Collection(OrganizationCollection.Name)]
public sealed class StaffingImportTests(OrganizationFixture fixture)
{
    [Fact]
    public async Task A9_2_and_A9_3_import_of_an_unstaffed_organisation_is_refused_naming_what_is_missing()
    {
        var company = fixture.Grains.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey);
        var before = await company.GetInfo();
        var snapshot = new OrganizationSnapshot("Unstaffed", [new BranchDefinition("b-x", "Branch X", [new ProjectInfo("p-x", "Project X", "b-x", 10)])],
            [new PersonInfo("x-liaison", "Liaison X", null, [new RoleAssignment(Role.ProjectLiaison, ScopeKind.Project, "p-x")])]);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => company.ImportIfEmpty(snapshot));

        Assert.Contains("project 'p-x' has no ProjectManager", error.Message, StringComparison.Ordinal);
        Assert.Contains("branch 'b-x' has no BranchHead", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("has no ProjectLiaison", error.Message, StringComparison.Ordinal);
        var after = await company.GetInfo();
        Assert.Equal(before!.Name, after!.Name);
        Assert.Equal<string>(before.BranchIds, after.BranchIds);
    }
}
