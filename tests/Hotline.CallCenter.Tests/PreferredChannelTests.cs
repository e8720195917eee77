using System.Net.Http.Json;
using System.Text.Json;
using Hotline.CallCenter.Tests.Support;
using Hotline.Channels.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.CallCenter.Tests;

/// <summary>The agent's owner lookup by phone shows how the caller chose to be told (issue 11), so the call center can say so.</summary>
[Collection(CallCenterCollection.Name)]
public sealed class PreferredChannelTests(CallCenterFixture fixture)
{
    private const string Phone = "13800007777";

    [Fact]
    public async Task A2_LookupByPhone_ShowsTheCallersPreferredChannel_NoneUntilTheyChoose()
    {
        await Workspace.ProjectWithHouseholds(fixture, $"building,unit,room,phones\n2,1,201,{Phone}\n");
        Assert.Null(await Preferred());

        // Chosen in the portal (stored by the Channels module; the portal's own tests drive its form and API), in another spelling.
        Assert.True(await fixture.Host.App.Services.GetRequiredService<IOwnerPreferences>().Prefer("+86 138-0000-7777", "web"));

        Assert.Equal("web", await Preferred());
    }

    private async Task<string?> Preferred()
    {
        var lookup = await fixture.Host.ClientAs(Workspace.Agent).GetFromJsonAsync<JsonElement>($"/api/call-center/owners?phone={Phone}");
        Assert.Single(lookup.GetProperty("households").EnumerateArray());
        return lookup.TryGetProperty("preferredChannel", out var channel) && channel.ValueKind == JsonValueKind.String ? channel.GetString() : null;
    }
}
