using Hotline.Kernel;

namespace Hotline.Security.Access;

/// <summary>
/// What a request touches, as far as scope goes: the project and branch it belongs to (none: a company-wide
/// resource), the person it is about (an inbox), and the level of a warning (who verifies depends on it).
/// </summary>
public sealed record AccessResource(string? ProjectId, string? BranchId, string? PersonId = null, WarningLevel? Level = null)
{
    public static AccessResource Company { get; } = new(null, null);

    /// <summary>A ticket or warning that does not exist: a 404 for anyone signed in (its id is a random guid, nothing to hide).</summary>
    public static AccessResource Missing { get; } = new(null, null, "(missing)");

    /// <summary>The field (route or query) that named the resource was blank: a 400 before any access check.</summary>
    public string? InvalidField { get; init; }

    /// <summary>The handler holding the ticket (issue 11), for the rules' <see cref="AccessRule.HolderOnly"/> roles.</summary>
    public string? HandlerId { get; init; }

    public static AccessResource Invalid(string field) => new(null, null, "(invalid)") { InvalidField = field };

    /// <summary>A company role covers everything; a branch role its branch; a project role its project.</summary>
    public bool IsCoveredBy(RoleAssignment assignment) => assignment.Scope switch
    {
        ScopeKind.Company => true,
        ScopeKind.Branch => BranchId is not null && assignment.ScopeId == BranchId,
        ScopeKind.Project => ProjectId is not null && assignment.ScopeId == ProjectId,
        _ => false,
    };
}
