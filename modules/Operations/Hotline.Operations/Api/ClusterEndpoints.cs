using System.Globalization;
using Hotline.Operations.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Operations.Api;

/// <summary>GET /api/admin/cluster: the cluster status for operators (the administrator, access table).</summary>
internal static class ClusterEndpoints
{
    public const string NextField = "next";
    public const string WithinField = "dueWithinMinutes";

    public static IEndpointRouteBuilder MapClusterStatus(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/admin/cluster", async Task<Results<Ok<ClusterStatus>, ValidationProblem>> (
                [FromQuery(Name = NextField)] string? next, [FromQuery(Name = WithinField)] string? dueWithinMinutes, IClusterStatus status, CancellationToken ct) =>
            {
                var problems = new Dictionary<string, string[]>();
                var count = Count(next, NextField, ClusterStatusQuery.DefaultNextReminders, ClusterStatusQuery.MaxNextReminders, problems);
                var within = Count(dueWithinMinutes, WithinField, ClusterStatusQuery.DefaultDueWithinMinutes, ClusterStatusQuery.MaxDueWithinMinutes, problems);
                if (problems.Count > 0)
                {
                    return TypedResults.ValidationProblem(problems);
                }

                return TypedResults.Ok(await status.Read(new ClusterStatusQuery(count, within), ct));
            })
            .WithTags("Operations")
            .WithSummary("The cluster's silos, activations per grain type, reminders due soon and storage health (administrator).");
        return app;
    }

    // Parsed here, not by the binder, so that a bad value and one out of range are answered alike, naming the field.
    private static int Count(string? text, string field, int fallback, int max, Dictionary<string, string[]> problems)
    {
        if (text is null)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 && value <= max)
        {
            return value;
        }

        problems[field] = [$"must be one whole number from 1 to {max}"];
        return fallback;
    }
}
