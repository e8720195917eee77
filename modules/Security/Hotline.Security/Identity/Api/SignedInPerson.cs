using System.Collections.Immutable;
using Hotline.Kernel;

namespace Hotline.Security.Identity.Api;

/// <summary>GET /api/auth/me: who the caller signed in as and every role they hold in the organisation.</summary>
public sealed record SignedInPerson(string PersonId, string Name, ImmutableArray<RoleAssignment> Roles);
