using Hotline.CallCenter.Contracts;
using Hotline.CallCenter.Tests.Support;
using Hotline.Live.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.CallCenter.Tests;

/// <summary>
/// The incoming-call pop's push: a logged call is announced (ids only) to the agent the CTI event names, else to the
/// person whose client reported it; the number waits for that agent in memory, never in the notice.
/// </summary>
[Collection(CallCenterCollection.Name)]
public sealed class CallPopTests(CallCenterFixture fixture)
{
    [Theory]
    [InlineData("cc-agent-2", "cc-agent-2")] // named by the event
    [InlineData(null, Workspace.Agent)] // not named: the reporter's own softphone
    public async Task I13_ALoggedCall_IsPushedToTheAgentItPopsFor_WithTheCallIdOnly_AndTheNumberWaitsForThatAgent(string? named, string expected)
    {
        var callId = $"call-{Guid.NewGuid():N}";
        var pushed = new TaskCompletionSource<LiveChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = fixture.Host.App.Services.GetRequiredService<ILiveChanges>().Subscribe(
            c => c.Topic == LiveTopic.IncomingCall && c.Id == callId, c => { pushed.TrySetResult(c); return Task.CompletedTask; });

        await fixture.Post("/api/call-center/calls", new { callId, callerNumber = "0086 139 0000 8888", agentId = named });
        var change = await pushed.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(expected, change.PersonId);
        Assert.Null(change.ProjectId);
        Assert.Null(change.BranchId);
        var ringing = await fixture.Host.App.Services.GetRequiredService<IRingingCalls>().For(expected);
        var call = Assert.Single(ringing, c => c.CallId == callId);
        Assert.Equal("13900008888", call.CallerNumber); // one spelling: separators and the +86/0086 prefix dropped
    }
}
