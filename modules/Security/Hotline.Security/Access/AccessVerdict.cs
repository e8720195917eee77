using Hotline.Kernel;

namespace Hotline.Security.Access;

/// <summary>The access policy's answer: allowed (acting in which role) or refused (and why, for the 403).</summary>
public sealed record AccessVerdict(bool Allowed, RoleAssignment? ActingRole, string? Refusal)
{
    public static AccessVerdict Allow(RoleAssignment? actingRole) => new(true, actingRole, null);

    public static AccessVerdict Deny(string refusal) => new(false, null, refusal);
}
