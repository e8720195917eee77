using Hotline.CallCenter.Contracts;
using Hotline.Security.Contracts.Access;
using Hotline.Tickets.Contracts.Intake;
using Hotline.WebConsole.Session;

namespace Hotline.WebConsole.Agent;

/// <summary>
/// The agent workspace's requests, each asking the access rule of the API endpoint it stands for at the moment it is
/// made, then running the very code that endpoint runs (through the owning module's contracts).
/// </summary>
public sealed class AgentWorkspace(ConsoleSession session, IOwnerSearch owners, IComplaintPrecheck precheck, IStaffIntake intake, IRingingCalls ringing)
{
    public async Task<WorkspaceAnswer<OwnerLookup>> FindOwners(OwnerQuery query)
    {
        var answer = await session.Ask(new AccessQuestion(ApiEndpoints.CallCenterOwners));
        if (!answer.Allowed)
        {
            return WorkspaceAnswer<OwnerLookup>.Refusal(answer);
        }

        var found = await owners.Find(query);
        return new(null, found.Value, found.Errors);
    }

    public async Task<WorkspaceAnswer<PrecheckAnswer>> Precheck(PrecheckRequest request)
    {
        var answer = await session.Ask(new AccessQuestion(ApiEndpoints.CallCenterPrecheck));
        if (!answer.Allowed)
        {
            return WorkspaceAnswer<PrecheckAnswer>.Refusal(answer);
        }

        var checkedAnswer = await precheck.Check(request);
        return new(null, checkedAnswer.Value, checkedAnswer.Errors);
    }

    /// <summary>Registers as the signed-in person (as POST /api/tickets does: the person the policy resolved, never a name from the form).</summary>
    public async Task<WorkspaceAnswer<StaffIntakeResult>> Register(StaffIntake ticket)
    {
        var answer = await session.Ask(new AccessQuestion(ApiEndpoints.TicketRegister));
        if (answer.Caller is not { } caller)
        {
            return WorkspaceAnswer<StaffIntakeResult>.Refusal(answer);
        }

        var result = await intake.Register(ticket, caller.PersonId);
        return new(null, result, result.Errors);
    }

    /// <summary>The newest call that popped for this person, if any (the owners endpoint's rule: the call shows owner data).</summary>
    public async Task<RingingCall?> LatestCall(string personId) =>
        (await session.Ask(new AccessQuestion(ApiEndpoints.CallCenterOwners))).Allowed
            ? (await ringing.For(personId)).FirstOrDefault()
            : null;
}
