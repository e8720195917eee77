using Hotline.Channels.Contracts;
using Hotline.Organization.Contracts;
using Hotline.Portal.SignIn;

namespace Hotline.Portal.Sessions;

/// <summary>A signed-in owner and the households the registry lists their number for (looked up on every request).</summary>
public sealed record OwnerSession(OwnerIdentity Owner, IReadOnlyList<RegisteredHousehold> Households)
{
    public bool Owns(string projectId, string? household) =>
        household is not null && Households.Any(h => h.ProjectId == projectId && h.Label == household);

    /// <summary>The owner as a reader of portal messages: their number and their households.</summary>
    public PortalReader Reader => new(Owner.Phone, [.. Households.Select(h => new HouseholdRef(h.ProjectId, h.Label))]);
}
