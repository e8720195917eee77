namespace Hotline.Organization.Contracts;

/// <summary>Local hours in which a project's liaisons are on mobile duty (A8.3.1: 08:00–20:00 by default).</summary>
[GenerateSerializer]
[Alias("Hotline.Organization.DutyWindow")]
public sealed record DutyWindow(
    [property: Id(0)] TimeOnly Start,
    [property: Id(1)] TimeOnly End);
