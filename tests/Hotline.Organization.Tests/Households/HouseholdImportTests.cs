using Hotline.TestKit;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hotline.Organization.Contracts;
using Hotline.Organization.Tests.Support;

namespace Hotline.Organization.Tests.Households;

/// <summary>Importing a project's household registry over HTTP: whole or not at all, and the same file twice changes nothing.</summary>
[Collection(OrganizationCollection.Name)]
public sealed class HouseholdImportTests(OrganizationFixture fixture)
{
    [Fact]
    public async Task A11_1_1_FileWithABadLine_ImportsNothing_AndNamesLineAndColumn()
    {
        var project = await NewProject();

        var bad = await Import(project, "building,unit,room,phones\n1,1,101,13800000001\n1,1,,13800000002\n");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["rows[3].room"], errors.EnumerateObject().Select(e => e.Name));
        Assert.Contains("line 3, column room", errors.GetProperty("rows[3].room")[0].GetString());

        // Nothing of the bad file was kept: the good file's one household is the registry's only.
        var good = await Import(project, "building,unit,room,phones\n1,1,101,13800000001\n");
        Assert.Equal(1, (await good.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("registered").GetInt32());
    }

    [Fact]
    public async Task A11_1_1_SameFileTwice_IsIdempotent_AndALaterFileAddsToTheRegistry()
    {
        var project = await NewProject();
        const string file = "building,unit,room,phones\n2,1,201,13800000001\n2,1,202,13800000002;13800000003\n";

        var first = await (await Import(project, file)).Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await Import(project, file)).Content.ReadFromJsonAsync<JsonElement>();
        var more = await (await Import(project, "building,room\n2,301\n")).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal((2, 2), (first.GetProperty("imported").GetInt32(), first.GetProperty("registered").GetInt32()));
        Assert.Equal((2, 2), (again.GetProperty("imported").GetInt32(), again.GetProperty("registered").GetInt32()));
        Assert.Equal((1, 3), (more.GetProperty("imported").GetInt32(), more.GetProperty("registered").GetInt32()));
    }

    [Fact]
    public async Task A11_1_1_UnknownProject_Is404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Import("p-nowhere", "building,room\n1,101\n")).StatusCode);

    private async Task<string> NewProject()
    {
        var id = $"p-reg-{Guid.NewGuid():N}"[..16];
        await ExtraProjects.Add(fixture.Grains, fixture.Clock, new ProjectInfo(id, "Registry", "north", 10));
        return id;
    }

    private Task<HttpResponseMessage> Import(string project, string csv) =>
        fixture.Http.PostAsync($"/api/organization/projects/{project}/households/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
}
