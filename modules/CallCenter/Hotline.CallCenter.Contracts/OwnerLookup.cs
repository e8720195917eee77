namespace Hotline.CallCenter.Contracts;

/// <summary>What the agent sees of a caller: every matching household; none for a number or address nobody registered.</summary>
public sealed record OwnerLookup(IReadOnlyList<HouseholdRecord> Households);
