using Hotline.Kernel;
using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.Figures;
using Hotline.Security.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Reporting.Overview;

/// <summary>
/// The live view (A6, A8.1.1, A8.3.2): GET /api/reports/overview?scope=&amp;from=&amp;to=. The access policy has already
/// admitted the scope for the caller (a liaison their project, a branch head their branch, QualityDept and leadership all).
/// </summary>
public static class OverviewEndpoints
{
    public static RouteGroupBuilder MapOverview(this RouteGroupBuilder group)
    {
        group.MapGet("/overview", Overview);
        return group;
    }

    private static async Task<Results<Ok<OverviewFigures>, ValidationProblem>> Overview(
        [AsParameters] OverviewQuery query, Caller caller, IReportFigures figures, TimeProvider time, TimeZoneInfo zone, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var scope = ScopeOf(query.Scope, caller, errors);
        var (period, periodErrors) = ReportPeriodParser.Parse(query.From, query.To, time.GetUtcNow(), zone);
        foreach (var (field, messages) in periodErrors)
        {
            errors[field] = messages;
        }

        if (scope is null || period is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        return TypedResults.Ok(await figures.For(scope, period, ct));
    }

    /// <summary>No scope: the caller's own, as an unfiltered ticket list shows it (company for company-wide roles).</summary>
    private static ReportScope? ScopeOf(string? text, Caller caller, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return caller.ActingRole switch
            {
                { Scope: ScopeKind.Project } role => ReportScope.Project(role.ScopeId),
                { Scope: ScopeKind.Branch } role => ReportScope.Branch(role.ScopeId),
                _ => ReportScope.Company,
            };
        }

        if (ReportScope.TryParse(text, out var scope))
        {
            return scope;
        }

        errors["scope"] = ["must be company, branch:{id} or project:{id}"];
        return null;
    }
}
