namespace Hotline.Organization.Households;

/// <summary>One household as a CSV row gives it (trimmed); <see cref="Row"/> is its 1-based line in the file, the header being line 1.</summary>
public sealed record HouseholdRow(int Row, string Building, string Unit, string Room, IReadOnlyList<string> OwnerPhones)
{
    public string Label => HouseholdNames.Label(Building, Unit, Room);

    public string Key => HouseholdNames.Key(Label);
}
