using Hotline.Reporting.Scopes;
using Hotline.Kernel;
using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.Figures;
using Hotline.Reporting.Formats;
using Hotline.Security.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
        group.MapGet("/overview", Overview).Produces<OverviewFigures>().ProducesValidationProblem();
        return group;
    }

    private static async Task<IResult> Overview(
        [AsParameters] OverviewQuery query, Caller caller, IReportFigures figures, ReportAnswer answer, TimeProvider time, TimeZoneInfo zone,
        CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var format = ReportFormatQuery.Read(query.Format, errors);
        var issues = SameIssueList.Read(query.Issues, errors);

        if (!ReportScopes.Resolve(query.Scope, caller, out var scope))
        {
            errors["scope"] = ReportScopes.Messages;
        }
        var (period, periodErrors) = ReportPeriodParser.Parse(query.From, query.To, time.GetUtcNow(), zone);
        foreach (var (field, messages) in periodErrors)
        {
            errors[field] = messages;
        }

        if (scope is null || period is null || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // ?format=: the figures as JSON, or laid out as the overview document (workbook, CSV, printable page).
        var overview = SameIssueList.Shortened(await figures.For(scope, period, ct), issues);
        return answer.Of(format, overview, f => OverviewDocument.Of(f, zone), OverviewDocument.FileName(overview, zone));
    }
}
