using Hotline.Organization.Contracts;
using Hotline.Organization.Households;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Organization.Api;

/// <summary>A project's household registry, imported from CSV (A11.1.1, A11.3: intake validates the household against it).</summary>
public static class HouseholdEndpoints
{
    public const int MaxFileBytes = HouseholdImporter.MaxFileBytes;
    public const int MaxProblemsShown = 200;

    public static RouteGroupBuilder MapHouseholdRegistry(this RouteGroupBuilder group)
    {
        // The whole file or nothing: one bad line imports none, and every problem is named by line and column.
        group.MapPost("/projects/{id}/households/import", async Task<Results<Ok<HouseholdImport>, ValidationProblem, NotFound>> (
            string id, HttpRequest request, IHouseholdImporter importer) =>
            await importer.Import(id, request.Body) switch
            {
                null => TypedResults.NotFound(),
                { Succeeded: false } failed => TypedResults.ValidationProblem(Describe(failed.Problems)),
                var done => TypedResults.Ok(new HouseholdImport(id, done.Imported, done.Registered)),
            });
        return group;
    }

    private static Dictionary<string, string[]> Describe(IReadOnlyList<HouseholdLineProblem> problems)
    {
        var shown = problems.Take(MaxProblemsShown)
            .GroupBy(p => p.Field)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Line > 0 ? $"line {p.Line}, column {p.Column}: {p.Problem}" : p.Problem).ToArray());
        if (problems.Count > MaxProblemsShown)
        {
            shown["file"] = [$"{problems.Count - MaxProblemsShown} more problems not shown; nothing was imported"];
        }

        return shown;
    }
}
