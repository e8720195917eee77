using System.Diagnostics.CodeAnalysis;
using Hotline.Kernel;
using Hotline.Reporting.Contracts;
using Hotline.Security.Contracts;

namespace Hotline.Reporting.WeeklySummaries;

/// <summary>The scope a list covers: the one asked for (the access policy checked the caller may), else the caller's own acting scope.</summary>
public static class ReportScopes
{
    public static bool Resolve(string? text, Caller caller, [NotNullWhen(true)] out ReportScope? scope)
    {
        if (!string.IsNullOrEmpty(text))
            return ReportScope.TryParse(text, out scope);

        scope = caller.ActingRole switch
        {
            { Scope: ScopeKind.Branch } role => ReportScope.Branch(role.ScopeId),
            { Scope: ScopeKind.Project } role => ReportScope.Project(role.ScopeId),
            _ => ReportScope.Company,
        };
        return true;
    }
}
