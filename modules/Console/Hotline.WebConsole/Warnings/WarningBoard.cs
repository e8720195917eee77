using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Hotline.Organization.Contracts;
using Hotline.Security.Contracts;
using Hotline.Security.Contracts.Access;
using Hotline.WebConsole.Session;

namespace Hotline.WebConsole.Warnings;

/// <summary>
/// The warning board's reads and buttons. A read asks the access rule of GET /api/warnings with the filters as the
/// API's query names them, then the same list the API reads; a button asks the rule of POST /api/warnings/{id}/{command}
/// at the moment of the click, then the same command path as the API (the person as actor, in the role the policy chose).
/// </summary>
public sealed class WarningBoard(ConsoleSession session, IWarningList list, IWarningCommands commands, IStaffDirectory staff, ConsoleTime time)
{
    public IReadOnlyList<string> Departments => commands.Departments;

    /// <summary>The access answer (refused: no list) and, when allowed, the open warnings or the filters at fault.</summary>
    public async Task<(AccessAnswer Answer, WarningBoardAnswer? Board)> Read(IReadOnlyDictionary<string, string> filters)
    {
        var answer = await session.Ask(new AccessQuestion(ApiEndpoints.WarningList, Query: filters));
        return answer is { Allowed: true, Caller: { } caller } ? (answer, await list.Open(filters, caller.ActingRole)) : (answer, null);
    }

    /// <summary>The commands this person may send on this warning now: its state admits them and the access rule allows them.</summary>
    public async Task<IReadOnlyList<string>> AllowedFor(WarningView warning)
    {
        var allowed = new List<string>();
        foreach (var command in WarningCommandNames.All.Where(c => WarningStates.MayAdmit(warning, c)))
        {
            var answer = await session.Ask(Question(warning.Id, command));
            if (answer is { Allowed: true, Caller: { } caller } && WarningStates.Admits(warning, command, caller))
            {
                allowed.Add(command);
            }
        }

        return allowed;
    }

    public async Task<WarningActionResult> Execute(Guid id, string command, WarningCommandRequest request)
    {
        var answer = await session.Ask(Question(id, command));
        if (answer.Caller is not { } caller)
        {
            return new WarningActionResult(answer.Outcome == AccessOutcome.NotFound ? WarningActionOutcome.NotFound : WarningActionOutcome.NotAllowed);
        }

        var result = await commands.Execute(id, command, request, new Actor(caller.PersonId, caller.ActingRoleName));
        return result.Outcome switch
        {
            null => new WarningActionResult(WarningActionOutcome.InvalidFields, result.Errors),
            { Warning: null } => new WarningActionResult(WarningActionOutcome.NotFound),
            { InvalidField: { } field } o => new WarningActionResult(WarningActionOutcome.InvalidFields, new Dictionary<string, string[]> { [field] = [o.Rejection!] }),
            { Accepted: true } => new WarningActionResult(WarningActionOutcome.Done),
            var o => new WarningActionResult(WarningActionOutcome.Refused, Detail: o.Rejection, Reason: o.Reason),
        };
    }

    /// <summary>A time typed in the business time zone (a datetime-local field), as the instant the API takes.</summary>
    public DateTimeOffset? Instant(DateTime? local) => local is { } value ? time.Instant(value) : null;

    /// <summary>People's names as the organisation knows them (their id when it does not).</summary>
    public async Task<string> NameOf(string personId) => (await staff.GetPerson(personId))?.Name ?? personId;

    private static AccessQuestion Question(Guid id, string command) => new(ApiEndpoints.WarningCommand, command, id.ToString());
}
