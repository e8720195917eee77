using Hotline.CallCenter.Contracts;
using Hotline.CallCenter.Owners;
using Hotline.CallCenter.Ringing;
using Hotline.Live.Contracts;
using Hotline.Security.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.CallCenter.Calls;

public static class CallEndpoints
{
    /// <summary>POST /api/call-center/calls: the CTI hook. Logs the call once by id and answers the caller's record.</summary>
    public static RouteGroupBuilder MapCalls(this RouteGroupBuilder group)
    {
        group.MapPost("/calls", Incoming);
        return group;
    }

    private static async Task<Results<Ok<CallAnswer>, ValidationProblem, ProblemHttpResult>> Incoming(
        CallRequest request, Caller caller, ICallLog log, OwnerRecords records, IGrainFactory grains, ILivePublisher live, TimeProvider time,
        CancellationToken ct)
    {
        var fields = new Fields();
        var callId = fields.Text("callId", request.CallId, required: true);
        var phone = fields.Phone("callerNumber", request.CallerNumber, required: true);
        var agentId = fields.Text("agentId", request.AgentId, required: false);
        if (!fields.Ok)
        {
            return TypedResults.ValidationProblem(fields.Errors);
        }

        // The agent the CTI names (a CTI server may report for several); the log also keeps whose token reported it.
        var logged = await log.Record(new IncomingCall(callId!, phone!, agentId ?? caller.PersonId, caller.PersonId, time.GetUtcNow()), ct);
        if (logged is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The call id is already logged for another caller",
                detail: $"callId '{callId}' was reported before with another callerNumber");
        }

        // The pop: the agent the CTI names, else the person whose client reported the call (an agent's softphone reports
        // its own calls). The number stays in that agent's memory-only grain; the notice carries the call id only.
        if (!logged.Repeated && logged.AgentId is { } agent)
        {
            await grains.GetGrain<IRingingCallsGrain>(agent).Ring(new RingingCall(logged.CallId, phone!, logged.ReceivedAt));
            live.Publish(new LiveChange(LiveTopic.IncomingCall, logged.CallId, null, null, agent, logged.ReceivedAt));
        }

        var lookup = await records.ForPhone(phone!, ct);
        return TypedResults.Ok(new CallAnswer(logged.CallId, logged.ReceivedAt, logged.Repeated, logged.AgentId, lookup.Households));
    }
}
