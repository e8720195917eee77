namespace Hotline.Organization.Seeding;

public sealed class OrganizationOptions
{
    public const string SectionName = "Hotline:Organization";

    /// <summary>Organisation imported on first start of an empty database; empty disables seeding.</summary>
    public string? SeedFile { get; set; }
}
