using System.Collections.Immutable;
using Hotline.Kernel;

namespace Hotline.Security.Access;

/// <summary>
/// Who may call one endpoint (or one command of it): the roles that may, each only where its scope covers the
/// resource. <see cref="RolesFor"/> lets the answer depend on the resource (a red warning has more verifiers).
/// </summary>
public sealed record AccessRule(ResourceKind Resource, ImmutableArray<Role> Roles)
{
    /// <summary>Open to everyone, signed in or not (health probes, sign-in).</summary>
    public bool Anonymous { get; init; }

    /// <summary>Open to any signed-in person, whatever their roles.</summary>
    public bool AnySignedIn { get; init; }

    /// <summary>
    /// An owners' portal endpoint: no staff credential opens it and no staff role is asked for; the portal admits only its
    /// own owner session (a separate cookie scheme) and shows an owner only their households' tickets.
    /// </summary>
    public bool Owners { get; init; }

    /// <summary>A console page: a visitor not signed in is sent to the sign-in form (not answered 401), and back after.</summary>
    public bool SignInPage { get; init; }

    /// <summary>The person the resource is about may always act on it (their own inbox).</summary>
    public bool Self { get; init; }

    public Func<AccessResource, ImmutableArray<Role>>? ByResource { get; init; }

    /// <summary>
    /// Roles that count only on a ticket the person holds (issue 11: a handler acts on the tickets given to them, not on
    /// every ticket of their project). Other roles of <see cref="Roles"/> are unaffected.
    /// </summary>
    public ImmutableArray<Role> HolderOnly { get; init; } = [];

    public ImmutableArray<Role> RolesFor(AccessResource resource) => ByResource?.Invoke(resource) ?? Roles;

    public static AccessRule Open { get; } = new(ResourceKind.Company, []) { Anonymous = true };

    public static AccessRule Owner { get; } = new(ResourceKind.Company, []) { Owners = true };

    public static AccessRule SignedIn { get; } = new(ResourceKind.Company, []) { AnySignedIn = true };

    /// <summary>A console page: any signed-in person opens it; what it shows asks the rule of the API endpoint it reads.</summary>
    public static AccessRule ConsolePage { get; } = new(ResourceKind.Company, []) { AnySignedIn = true, SignInPage = true };

    public static AccessRule On(ResourceKind resource, params ImmutableArray<Role> roles) => new(resource, roles);
}
