using System.Security.Claims;
using Hotline.Kernel;

namespace Hotline.Security.Contracts.Access;

/// <summary>
/// The one access decision of Hotline: the API's access middleware and the console ask the same rules, the same
/// resolution of a resource's scope and the same role check (the access table in the Security module).
/// </summary>
public interface IAccessPolicy
{
    /// <summary>Whether <paramref name="user"/> (signed in by any scheme, or not at all) may do what <paramref name="question"/> names.</summary>
    Task<AccessAnswer> Ask(ClaimsPrincipal user, AccessQuestion question, Role? actingRole = null);

    /// <summary>
    /// Several questions at once (a page asking for its read and each of its buttons): the answers, in order, are those
    /// <see cref="Ask"/> gives one by one, but the person is looked up once and each resource (a ticket, a project)
    /// resolved once for all the questions naming it.
    /// </summary>
    Task<IReadOnlyList<AccessAnswer>> AskAll(ClaimsPrincipal user, IReadOnlyList<AccessQuestion> questions, Role? actingRole = null);
}
