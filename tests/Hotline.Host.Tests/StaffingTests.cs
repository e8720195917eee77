using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Kernel;
using Hotline.Organization.Contracts;
using Hotline.TestKit;

namespace Hotline.Host.Tests;

/// <summary>A9: the demo organisation staffs every project and branch as the regulation requires.</summary>
public sealed class StaffingTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task A9_2_1_and_A9_2_2_every_project_has_a_liaison_and_a_project_manager()
    {
        var people = await fixture.Grains.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey).GetPeople();
        var company = await fixture.Http.GetFromJsonAsync<JsonElement>("/api/organization");
        var projects = new List<string>();
        foreach (var branch in company.GetProperty("branchIds").EnumerateArray())
        {
            var info = await fixture.Http.GetFromJsonAsync<JsonElement>($"/api/organization/branches/{branch.GetString()}");
            projects.AddRange(info.GetProperty("projectIds").EnumerateArray().Select(p => p.GetString()!));
        }

        Assert.Equal(4, projects.Count);
        foreach (var project in projects)
        {
            Assert.Contains(people, p => p.Roles.Contains(new RoleAssignment(Role.ProjectLiaison, ScopeKind.Project, project)));
            Assert.Contains(people, p => p.Roles.Contains(new RoleAssignment(Role.ProjectManager, ScopeKind.Project, project)));
        }
    }

    [Fact]
    public async Task A9_3_every_branch_has_a_branch_head_and_every_role_of_the_regulation_is_staffed()
    {
        var people = await fixture.Grains.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey).GetPeople();

        foreach (var branch in new[] { "north", "south" })
        {
            Assert.Contains(people, p => p.Roles.Contains(new RoleAssignment(Role.BranchHead, ScopeKind.Branch, branch)));
        }

        Assert.Equal(Enum.GetValues<Role>().Order(), people.SelectMany(p => p.Roles).Select(r => r.Role).Distinct().Order());
    }
}
