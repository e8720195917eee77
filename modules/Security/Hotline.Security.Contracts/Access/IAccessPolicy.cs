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
}
