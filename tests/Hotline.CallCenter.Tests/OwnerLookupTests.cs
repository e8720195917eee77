using System.Net;
using Hotline.CallCenter.Tests.Support;
using Hotline.TestKit;

namespace Hotline.CallCenter.Tests;

/// <summary>GET /api/call-center/owners: the caller's households (registry) and their open and recent tickets (ticket list).</summary>
[Collection(CallCenterCollection.Name)]
public sealed class OwnerLookupTests(CallCenterFixture fixture)
{
    private const string Registry = "building,unit,room,phones\n1,1,101,13800001111;13900002222\n1,1,102,13800003333\n";

    [Fact]
    public async Task A2_LookupByPhoneInAnotherSpelling_AndByAddress_ShowOpenAndRecentTickets_OfThatHouseholdOnly()
    {
        var project = await Workspace.ProjectWithHouseholds(fixture, Registry);
        var minute = TimeSpan.FromMinutes(1);
        var complaint = await fixture.Complaint(project, "1-1-101", "1号楼电梯坏了", "1号楼");
        fixture.Clock.Advance(minute);
        var resolved = await fixture.Suggestion(project, "1-1-101", "希望增加儿童游乐设施");
        await fixture.Decide(resolved.Id, close: false);
        fixture.Clock.Advance(minute);
        var closed = await fixture.Suggestion(project, "1-1-101", "希望延长会所开放时间");
        await fixture.Decide(closed.Id, close: true);
        fixture.Clock.Advance(minute);
        await fixture.Complaint(project, "1-1-102", "1号楼电梯坏了", "1号楼"); // the neighbour's: never shown for 1-1-101

        var byPhone = await fixture.Owners("phone=%2B86%20138-0000-1111");
        var byAddress = await fixture.Owners($"projectId={project}&building=1&unit=1&room=101");

        foreach (var households in new[] { byPhone, byAddress })
        {
            var household = Assert.Single(households.EnumerateArray());
            Assert.Equal((project, "1-1-101"), (household.GetProperty("projectId").GetString(), household.GetProperty("household").GetString()));
            Assert.Equal(["138****1111", "139****2222"], household.GetProperty("maskedPhones").EnumerateArray().Select(p => p.GetString()));
            // Newest first; a resolved suggestion still waits for the call center, so it is open; the closed one is recent.
            Assert.Equal([resolved.Id, complaint.Id], household.Ids("openTickets"));
            Assert.Equal([closed.Id], household.Ids("recentTickets"));
        }

        // Past the 90 recent days the closed ticket drops out; open ones show however old.
        fixture.Clock.Advance(TimeSpan.FromDays(90));
        var later = Assert.Single((await fixture.Owners("phone=13800001111")).EnumerateArray());
        Assert.Equal([resolved.Id, complaint.Id], later.Ids("openTickets"));
        Assert.Empty(later.Ids("recentTickets"));
    }

    [Fact]
    public async Task A2_APhoneNobodyRegistered_AnswersNoHouseholds() =>
        Assert.Empty((await fixture.Owners("phone=13712345678")).EnumerateArray());

    [Theory]
    [InlineData("phone=abc", "phone")]
    [InlineData("", "phone")]
    [InlineData("phone=13800001111&projectId=p-sunrise", "phone")]
    [InlineData("projectId=p-sunrise&building=1", "room")]
    [InlineData("building=1&room=101", "projectId")]
    [InlineData("projectId=p-nowhere&building=1&room=101", "projectId")]
    public async Task A2_BadOrMissingParameters_Are400_NamingTheField(string query, string field)
    {
        var response = await fixture.Host.ClientAs(Workspace.Agent).GetAsync($"/api/call-center/owners?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await response.Problem()).ErrorFields());
    }
}
