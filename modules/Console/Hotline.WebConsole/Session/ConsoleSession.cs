using System.Security.Claims;
using Hotline.Organization.Contracts;
using Hotline.Security.Contracts;
using Hotline.Security.Contracts.Access;
using Microsoft.AspNetCore.Components.Authorization;

namespace Hotline.WebConsole.Session;

/// <summary>
/// The signed-in person of one console circuit (the console's cookie session, as the API's authentication read it)
/// and the one access decision of Hotline (<see cref="IAccessPolicy"/>), asked afresh for every page and action.
/// </summary>
public sealed class ConsoleSession(AuthenticationStateProvider authentication, IAccessPolicy policy, IStaffDirectory staff)
{
    public async Task<ClaimsPrincipal> User() => (await authentication.GetAuthenticationStateAsync()).User;

    public async Task<AccessAnswer> Ask(AccessQuestion question) => await policy.Ask(await User(), question);

    /// <summary>Several questions about one thing at once (a page and its buttons): the person and the resource are looked up once.</summary>
    public async Task<IReadOnlyList<AccessAnswer>> AskAll(IReadOnlyList<AccessQuestion> questions) => await policy.AskAll(await User(), questions);

    /// <summary>The person as the API resolves them (GET /api/auth/me): id, every role and scope, and their name; null when not signed in.</summary>
    public async Task<(Caller Caller, string Name)?> Person()
    {
        var answer = await Ask(new AccessQuestion(ApiEndpoints.Me));
        if (answer.Caller is not { } caller)
        {
            return null;
        }

        return (caller, (await staff.GetPerson(caller.PersonId))?.Name ?? caller.PersonId);
    }
}
