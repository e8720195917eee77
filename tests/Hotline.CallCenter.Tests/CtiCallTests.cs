using System.Net;
using Hotline.CallCenter.Tests.Support;

namespace Hotline.CallCenter.Tests;

/// <summary>POST /api/call-center/calls: the softphone's incoming-call event answers the caller's record; logged once per call id.</summary>
[Collection(CallCenterCollection.Name)]
public sealed class CtiCallTests(CallCenterFixture fixture)
{
    private const string Registry = "building,unit,room,phones\n2,1,201,13800006666\n";

    [Fact]
    public async Task A2_AnIncomingCall_AnswersTheCallersRecord_AndARepeatedEventTheFirstOnesTime()
    {
        var project = await Workspace.ProjectWithHouseholds(fixture, Registry);
        var open = await fixture.Complaint(project, "2-1-201", "2号楼电梯坏了", "2号楼");
        var callId = $"call-{Guid.NewGuid():N}";

        var (status, first) = await fixture.Post("/api/call-center/calls", new { callId, callerNumber = "0086 138 0000 6666" });
        fixture.Clock.Advance(TimeSpan.FromSeconds(30));
        var (_, again) = await fixture.Post("/api/call-center/calls", new { callId, callerNumber = "13800006666" });

        Assert.Equal(HttpStatusCode.OK, status);
        var household = Assert.Single(first.GetProperty("households").EnumerateArray());
        Assert.Equal("2-1-201", household.GetProperty("household").GetString());
        Assert.Equal([open.Id], household.Ids("openTickets"));
        Assert.Equal(Workspace.Agent, first.GetProperty("agentId").GetString());
        Assert.False(first.GetProperty("repeated").GetBoolean());
        Assert.True(again.GetProperty("repeated").GetBoolean());
        Assert.Equal(first.GetProperty("receivedAt").GetDateTimeOffset(), again.GetProperty("receivedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A2_TheSameCallIdForAnotherCaller_Is409()
    {
        var callId = $"call-{Guid.NewGuid():N}";
        await fixture.Post("/api/call-center/calls", new { callId, callerNumber = "13800006666" });

        var (status, _) = await fixture.Post("/api/call-center/calls", new { callId, callerNumber = "13800007777" });

        Assert.Equal(HttpStatusCode.Conflict, status);
    }

    [Fact]
    public async Task A2_TheCallLogKeepsCallsForItsRetentionOnly()
    {
        var old = $"call-{Guid.NewGuid():N}";
        await fixture.Post("/api/call-center/calls", new { callId = old, callerNumber = "13800006666" });

        // 30 days (Hotline:CallCenter:CallLogRetention) later the next call deletes it, so the old id is a new call again.
        fixture.Clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        await fixture.Post("/api/call-center/calls", new { callId = $"call-{Guid.NewGuid():N}", callerNumber = "13800006666" });
        var (_, reported) = await fixture.Post("/api/call-center/calls", new { callId = old, callerNumber = "13800006666" });

        Assert.False(reported.GetProperty("repeated").GetBoolean());
    }

    [Theory]
    [InlineData("callId")]
    [InlineData("callerNumber")]
    public async Task A2_AMissingField_Is400_NamingIt(string missing)
    {
        var body = missing == "callId" ? (object)new { callerNumber = "13800006666" } : new { callId = "call-x", callerNumber = "n/a" };

        var (status, problem) = await fixture.Post("/api/call-center/calls", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal([missing], problem.ErrorFields());
    }
}
