using System.Text;
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
    public const int MaxFileBytes = 16 * 1024 * 1024;
    public const int MaxProblemsShown = 200;

    public static RouteGroupBuilder MapHouseholdRegistry(this RouteGroupBuilder group)
    {
        // The whole file or nothing: one bad line imports none, and every problem is named by line and column.
        group.MapPost("/projects/{id}/households/import", async Task<Results<Ok<HouseholdImport>, ValidationProblem, NotFound>> (
            string id, HttpRequest request, IGrainFactory grains, HouseholdStore store, TimeProvider time) =>
        {
            if (await grains.GetGrain<IProjectGrain>(id).GetInfo() is null)
            {
                return TypedResults.NotFound();
            }

            if (await ReadText(request) is not { } text)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["file"] = [$"the body must be a UTF-8 CSV file of at most {MaxFileBytes / (1024 * 1024)} MiB"],
                });
            }

            var (rows, problems) = HouseholdCsv.Parse(text);
            if (problems.Count > 0)
            {
                return TypedResults.ValidationProblem(Describe(problems));
            }

            return TypedResults.Ok(new HouseholdImport(id, rows.Count, await store.Import(id, rows, time.GetUtcNow())));
        });
        return group;
    }

    private static async Task<string?> ReadText(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static Dictionary<string, string[]> Describe(List<HouseholdProblem> problems)
    {
        var shown = problems.Take(MaxProblemsShown)
            .GroupBy(p => p.Field)
            .ToDictionary(g => g.Key, g => g.Select(p => $"line {p.Row}, column {p.Column}: {p.Problem}").ToArray());
        if (problems.Count > MaxProblemsShown)
        {
            shown["file"] = [$"{problems.Count - MaxProblemsShown} more problems not shown; nothing was imported"];
        }

        return shown;
    }
}
