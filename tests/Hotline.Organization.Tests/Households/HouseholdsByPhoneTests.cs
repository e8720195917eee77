using Hotline.TestKit;
using System.Text;
using Hotline.Organization.Contracts;
using Hotline.Organization.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Organization.Tests.Households;

/// <summary>The doors of A2 recognise an owner by phone: the registry answers which households list a number, in any spelling.</summary>
[Collection(OrganizationCollection.Name)]
public sealed class HouseholdsByPhoneTests(OrganizationFixture fixture)
{
    [Fact]
    public async Task A2_PhoneInAnySpelling_FindsEveryHouseholdListingIt_AcrossProjects()
    {
        var (first, second) = (await NewProject(), await NewProject());
        // A number unique to this test, written with and without the country code in two registries.
        var mobile = "139" + Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Import(first, $"building,unit,room,phones\n5,2,502,{mobile}\n5,2,503,13000000000\n");
        await Import(second, $"building,room,phones\n7,701,+86{mobile}\n");
        var registry = fixture.Host.App.Services.GetRequiredService<IHouseholdRegistry>();

        var found = await registry.FindByPhone($"+86 {mobile[..3]}-{mobile[3..7]}-{mobile[7..]}");

        Assert.Equal(
            [(first, "5-2-502"), (second, "7-701")],
            found.Select(h => (h.ProjectId, h.Label)).OrderBy(h => h.ProjectId == first ? 0 : 1).ToList());
        Assert.Empty(await registry.FindByPhone("13700000000"));
        Assert.Empty(await registry.FindByPhone("not a phone"));
    }

    private async Task<string> NewProject()
    {
        var id = $"p-tel-{Guid.NewGuid():N}"[..16];
        await ExtraProjects.Add(fixture.Grains, fixture.Clock, new ProjectInfo(id, "Phones", "north", 10));
        return id;
    }

    private async Task Import(string project, string csv) =>
        (await fixture.Http.PostAsync($"/api/organization/projects/{project}/households/import", new StringContent(csv, Encoding.UTF8, "text/csv")))
        .EnsureSuccessStatusCode();
}
