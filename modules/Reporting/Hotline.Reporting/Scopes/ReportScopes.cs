using System.Diagnostics.CodeAnalysis;
using Hotline.Reporting.Contracts;
using Hotline.Security.Contracts;

namespace Hotline.Reporting.Scopes;

/// <summary>
/// The scope a report covers: the one asked for in <c>scope</c> (the access policy checked the caller may), else the caller's
/// own acting scope, as an unfiltered ticket list shows it (company for company-wide roles).
/// </summary>
public static class ReportScopes
{
    public static bool Resolve(string? text, Caller caller, [NotNullWhen(true)] out ReportScope? scope)
    {
        if (!string.IsNullOrEmpty(text))
            return ReportScope.TryParse(text, out scope);

        scope = ReportScope.Own(caller.ActingRole);
        return true;
    }

    /// <summary>What a report's problem says under <c>scope</c> when <see cref="Resolve"/> could not read it.</summary>
    public static readonly string[] Messages = ["must be company, branch:{id} or project:{id}"];
}
