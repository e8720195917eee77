namespace Hotline.Organization.Contracts;

/// <summary>
/// One household of a project's registry. <see cref="Label"/> is how tickets name it: building-unit-room, or
/// building-room where the estate has no units. The owner's phone numbers stay in the registry.
/// </summary>
public sealed record RegisteredHousehold(string ProjectId, string Label, string Building, string Unit, string Room)
{
    /// <summary>The owners' numbers masked ("138****8000"), in registry order: enough for an agent to confirm, never whole.</summary>
    public IReadOnlyList<string> MaskedPhones { get; init; } = [];
}
