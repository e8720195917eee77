using Hotline.Kernel;

namespace Hotline.Tickets.Privacy;

/// <summary>How the privacy audit log names the scope of the role a view was made in: "Company", "Branch:north", "Project:p-sunrise".</summary>
public static class AuditScope
{
    public static string Of(RoleAssignment? role) => role switch
    {
        null => "None",
        { Scope: ScopeKind.Company } => nameof(ScopeKind.Company),
        _ => $"{role.Scope}:{role.ScopeId}",
    };
}
