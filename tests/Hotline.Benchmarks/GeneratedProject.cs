namespace Hotline.Benchmarks;

/// <summary>One project of the generated organisation; its households live in buildings of <see cref="PerBuilding"/>.</summary>
public sealed record GeneratedProject(string Id, int Households)
{
    public const int PerBuilding = 40;

    /// <summary>Household number <paramref name="index"/> (0-based) as a call-center agent writes it: building-room.</summary>
    public (int Building, string Household) HouseholdAt(int index) =>
        (index / PerBuilding + 1, $"{index / PerBuilding + 1}-{index % PerBuilding + 101}");
}
