namespace Hotline.Kernel;

/// <summary>Where a role applies: one project, one branch, or the whole company.</summary>
[GenerateSerializer]
[Alias("Hotline.Organization.ScopeKind")]
public enum ScopeKind
{
    Company = 1,
    Branch = 2,
    Project = 3,
}
