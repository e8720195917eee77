namespace Hotline.Organization.Api;

/// <summary>What an import did: the file's households, and how many the project's registry holds after it.</summary>
public sealed record HouseholdImport(string ProjectId, int Imported, int Registered);
