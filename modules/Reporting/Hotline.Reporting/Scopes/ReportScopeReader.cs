using Hotline.Kernel;
using Hotline.Reporting.Contracts;
using Hotline.Security.Contracts.Access;

namespace Hotline.Reporting.Scopes;

/// <summary>The access policy reads a report's <c>scope</c> with <see cref="ReportScope.TryParse"/>, the parser the reports use.</summary>
public sealed class ReportScopeReader : IReportScopeReader
{
    public bool TryRead(string text, out ScopeKind kind, out string? id)
    {
        var read = ReportScope.TryParse(text, out var scope);
        (kind, id) = scope is null ? (ScopeKind.Company, null) : (scope.Kind, scope.Id);
        return read;
    }
}
