using System.Net;
using Hotline.CallCenter.Tests.Support;

namespace Hotline.CallCenter.Tests;

/// <summary>POST /api/call-center/precheck: what registering would do, before it is done.</summary>
[Collection(CallCenterCollection.Name)]
public sealed class PrecheckTests(CallCenterFixture fixture)
{
    private const string Registry = "building,unit,room,phones\n1,1,101,13800004444\n1,1,102,13800005555\n";
    private const string BurstPipe = "地下车库的水管爆管了";

    [Fact]
    public async Task A10_1_1_SuggestsTheCategorySeverityAndIssueKey_TheEngineeringPluginGives()
    {
        var (status, answer) = await fixture.Post("/api/call-center/precheck", new { projectId = "p-sunrise", kind = "Repair", text = BurstPipe, location = "地下车库" });

        Assert.Equal(HttpStatusCode.OK, status);
        // 水管 + 爆管 are the engineering plugin's water-supply words, 爆管 its serious word, 地下车库 the parking area.
        Assert.Equal("engineering", answer.GetProperty("category").GetString());
        Assert.Equal("Serious", answer.GetProperty("suggestedSeverity").GetString());
        Assert.Equal("engineering/water-supply/parking", answer.GetProperty("issueKey").GetString());
        Assert.Equal("EngineeringDept", answer.GetProperty("responsibleDepartment").GetString());
    }

    [Fact]
    public async Task A11_1_1_FlagsARepeat_OfTheSameHouseholdAndIssue_NotAnotherHouseholdOrIssue_NorAfterTheWindow()
    {
        var project = await Workspace.ProjectWithHouseholds(fixture, Registry);
        var first = await fixture.Complaint(project, "1-1-101", BurstPipe, "地下车库");
        object Check(string household, string text) => new { projectId = project, household, kind = "Complaint", text, location = "地下车库" };

        var repeat = (await fixture.Post("/api/call-center/precheck", Check("1/1/101", BurstPipe))).Body;
        var neighbour = (await fixture.Post("/api/call-center/precheck", Check("1-1-102", BurstPipe))).Body;
        var otherIssue = (await fixture.Post("/api/call-center/precheck", Check("1-1-101", "地下车库的门禁坏了"))).Body;

        Assert.Equal("1-1-101", repeat.GetProperty("household").GetString());
        Assert.Equal(first.Id, repeat.GetProperty("repeat").GetProperty("ticketId").GetGuid());
        Assert.Matches("^[0-9]{6,}$", repeat.GetProperty("repeat").GetProperty("number").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, neighbour.GetProperty("repeat").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, otherIssue.GetProperty("repeat").ValueKind);

        // The window is 30 days (config/escalation-policy.json): still a repeat just inside, none just past it.
        fixture.Clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1));
        var inside = (await fixture.Post("/api/call-center/precheck", Check("1-1-101", BurstPipe))).Body;
        Assert.Equal(first.Id, inside.GetProperty("repeat").GetProperty("ticketId").GetGuid());
        fixture.Clock.Advance(TimeSpan.FromMinutes(2));
        var past = (await fixture.Post("/api/call-center/precheck", Check("1-1-101", BurstPipe))).Body;
        Assert.Equal(System.Text.Json.JsonValueKind.Null, past.GetProperty("repeat").ValueKind);
    }

    [Fact]
    public async Task A11_1_1_PrecheckRegistersNothing_SoTheFirstComplaintAfterItIsNoRepeat()
    {
        var project = await Workspace.ProjectWithHouseholds(fixture, Registry);
        var body = new { projectId = project, household = "1-1-102", kind = "Complaint", text = BurstPipe, location = "地下车库" };

        await fixture.Post("/api/call-center/precheck", body);
        var again = (await fixture.Post("/api/call-center/precheck", body)).Body;

        Assert.Equal(System.Text.Json.JsonValueKind.Null, again.GetProperty("repeat").ValueKind);
    }

    [Fact]
    public async Task A2_BadInput_Is400_NamingTheField()
    {
        var project = await Workspace.ProjectWithHouseholds(fixture, Registry);

        var noKind = await fixture.Post("/api/call-center/precheck", new { projectId = project, text = BurstPipe });
        var noText = await fixture.Post("/api/call-center/precheck", new { projectId = project, kind = "Complaint" });
        var badCategory = await fixture.Post("/api/call-center/precheck", new { projectId = project, kind = "Complaint", text = BurstPipe, category = "plumbing" });
        var unregistered = await fixture.Post("/api/call-center/precheck", new { projectId = project, kind = "Complaint", text = BurstPipe, household = "9-9-909" });
        var noProject = await fixture.Post("/api/call-center/precheck", new { projectId = "p-nowhere", kind = "Complaint", text = BurstPipe });

        Assert.All(new[] { noKind, noText, badCategory, unregistered, noProject }, r => Assert.Equal(HttpStatusCode.BadRequest, r.Status));
        Assert.Equal(["kind"], noKind.Body.ErrorFields());
        Assert.Equal(["text"], noText.Body.ErrorFields());
        Assert.Equal(["category"], badCategory.Body.ErrorFields());
        Assert.Equal(["household"], unregistered.Body.ErrorFields());
        Assert.Equal(["projectId"], noProject.Body.ErrorFields());
    }
}
