using Hotline.Kernel;

namespace Hotline.Security.Tests.Access;

/// <summary>One endpoint (or command) and the roles that may call it on a resource of the given scope.</summary>
public sealed record ExpectedRow(string Endpoint, ResourceScope Scope, Role[] Roles)
{
    public bool IsOpen { get; init; }

    public bool AnySignedIn { get; init; }

    /// <summary>An owners' portal page: only the portal's owner session opens it; no staff credential or role does.</summary>
    public bool IsOwner { get; init; }

    /// <summary>Calling it revokes the caller's own tokens (sign-out): the matrix sends it as each person's last request.</summary>
    public bool RevokesCaller { get; init; }

    public static ExpectedRow Open(string endpoint) => new(endpoint, ResourceScope.Company, []) { IsOpen = true };

    public static ExpectedRow Owner(string endpoint) => new(endpoint, ResourceScope.Company, []) { IsOwner = true };

    public static ExpectedRow SignedIn(string endpoint) => new(endpoint, ResourceScope.Company, []) { AnySignedIn = true };

    /// <summary>
    /// A company role reaches everything its role allows; a branch head only resources of their branch; a project
    /// role only resources of their project. "In scope" means the person's branch or project is the resource's.
    /// </summary>
    public bool Allows(Role role, ScopeKind personScope, bool inScope) =>
        IsOpen || AnySignedIn || (Roles.Contains(role) && (personScope, Scope) switch
        {
            (ScopeKind.Company, _) => true,
            (_, ResourceScope.Company) => false,
            (ScopeKind.Branch, _) => inScope,
            (ScopeKind.Project, ResourceScope.Project) => inScope,
            _ => false,
        });
}
