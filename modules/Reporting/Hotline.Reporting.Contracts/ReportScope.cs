using System.Diagnostics.CodeAnalysis;
using Hotline.Kernel;

namespace Hotline.Reporting.Contracts;

/// <summary>
/// What a report covers: the company, one branch or one project. Written in queries as <c>company</c>,
/// <c>branch:{id}</c> or <c>project:{id}</c>.
/// </summary>
public sealed record ReportScope(ScopeKind Kind, string? Id)
{
    public static readonly ReportScope Company = new(ScopeKind.Company, null);

    public static ReportScope Branch(string id) => new(ScopeKind.Branch, id);

    public static ReportScope Project(string id) => new(ScopeKind.Project, id);

    /// <summary>
    /// A person's own scope, as an unfiltered list shows it: the acting role's branch or project, else (a company-wide
    /// role, or none) the company. One rule for the report endpoints and the console's lists.
    /// </summary>
    public static ReportScope Own(RoleAssignment? acting) => acting switch
    {
        { Scope: ScopeKind.Branch } role => Branch(role.ScopeId),
        { Scope: ScopeKind.Project } role => Project(role.ScopeId),
        _ => Company,
    };

    public override string ToString() => Kind switch
    {
        ScopeKind.Branch => $"branch:{Id}",
        ScopeKind.Project => $"project:{Id}",
        _ => "company",
    };

    /// <summary>Reads <c>company</c>, <c>branch:{id}</c> or <c>project:{id}</c> (case of the prefix ignored, id kept as given).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out ReportScope? scope)
    {
        scope = null;
        var value = text?.Trim();
        if (string.Equals(value, "company", StringComparison.OrdinalIgnoreCase))
        {
            scope = Company;
            return true;
        }

        var colon = value?.IndexOf(':') ?? -1;
        if (value is null || colon < 1 || colon == value.Length - 1 || value.Length > 210)
        {
            return false;
        }

        var id = value[(colon + 1)..].Trim();
        scope = value[..colon].ToLowerInvariant() switch
        {
            "branch" when id.Length > 0 => Branch(id),
            "project" when id.Length > 0 => Project(id),
            _ => null,
        };
        return scope is not null;
    }
}
