namespace Hotline.Channels.Contracts;

/// <summary>
/// A signed-in owner reading portal messages: they read every message about a ticket of their households, and those
/// addressed to their number about a ticket that names no household. Holds personal data: its text form hides it.
/// </summary>
public sealed record PortalReader(string Phone, IReadOnlyList<HouseholdRef> Households)
{
    public override string ToString() => $"{nameof(PortalReader)} {{ {Households.Count} households, personal data hidden }}";
}
