using System.Collections.Immutable;
using Hotline.Kernel;
using Microsoft.AspNetCore.Http;

namespace Hotline.Security.Contracts;

/// <summary>
/// The signed-in person a request acts for, as the access policy admitted them: every role they hold and
/// the one role this request acts in (none on endpoints open to anyone signed in, for a person without roles). Endpoints take it as a parameter; it exists only on protected endpoints.
/// </summary>
public sealed record Caller(string PersonId, ImmutableArray<RoleAssignment> Roles, RoleAssignment? ActingRole)
{
    /// <summary>Minimal-API binding: the caller the access policy attached to this request.</summary>
    public static ValueTask<Caller?> BindAsync(HttpContext context) => ValueTask.FromResult(context.Features.Get<Caller>());

    public bool Holds(Role role) => Roles.Any(r => r.Role == role);

    /// <summary>The role name recorded on what this caller does (timeline entries, warning verifications).</summary>
    public string ActingRoleName => ActingRole?.Role.ToString() ?? "None";
}
