using Hotline.Live.Contracts;
using Hotline.Organization.Contracts;
using Hotline.Organization.Places;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Security.Tests.Access;

/// <summary>
/// The access policy's copy of the places needs only ids: reading it calls the company and branch grains, never a project
/// grain; project details (names, households) are read for reports, once per staff-directory version. A fresh copy over the
/// demo organisation (branches north and south, four projects), so what was read before in this host does not count.
/// </summary>
public sealed class PlaceCopyTests(CountingHostFixture fixture) : IClassFixture<CountingHostFixture>
{
    [Fact]
    public async Task The_access_checks_ids_call_no_project_grain_and_reports_read_each_project_once()
    {
        var services = fixture.Host.App.Services;
        using var copy = new OrganizationPlacesCopy(fixture.Host.Grains, services.GetRequiredService<IStaffDirectory>(), services.GetRequiredService<ILiveChanges>());

        var before = fixture.ProjectCalls.Calls;
        var ids = await copy.Ids();
        Assert.Equal(["north", "south"], ids.Branches.Order(StringComparer.Ordinal));
        Assert.Equal(["p-greenhill", "p-harbour", "p-riverside", "p-sunrise"], ids.Projects.Order(StringComparer.Ordinal));
        Assert.Equal(before, fixture.ProjectCalls.Calls);

        var places = await copy.Current();
        Assert.Equal(["p-greenhill", "p-harbour", "p-riverside", "p-sunrise"], places.Projects.Keys);
        Assert.Equal(before + 4, fixture.ProjectCalls.Calls); // one GetInfo per project

        await copy.Current();
        await copy.Ids();
        Assert.Equal(before + 4, fixture.ProjectCalls.Calls); // same version: the copies serve
    }
}
