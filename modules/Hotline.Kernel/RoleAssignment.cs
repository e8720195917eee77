namespace Hotline.Kernel;

/// <summary>One role a person holds, in one scope (e.g. liaison of project p-01).</summary>
[GenerateSerializer]
[Alias("Hotline.Organization.RoleAssignment")]
public sealed record RoleAssignment(
    [property: Id(0)] Role Role,
    [property: Id(1)] ScopeKind Scope,
    [property: Id(2)] string ScopeId);
