namespace Hotline.CallCenter.Contracts;

/// <summary>What the agent sees of a caller: every matching household; none for a number or address nobody registered.</summary>
public sealed record OwnerLookup(IReadOnlyList<HouseholdRecord> Households)
{
    /// <summary>
    /// Looked up by phone: how the caller chose to be told (<c>web</c>: in the portal, or a channel's id such as the SMS
    /// line's), or null when they never chose (or the lookup was by address).
    /// </summary>
    public string? PreferredChannel { get; init; }
}
