using System.Globalization;
using Hotline.Operations.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
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
                HttpRequest request, IClusterStatus status, CancellationToken ct) =>
            {
                var problems = new Dictionary<string, string[]>();
                var next = Count(request, NextField, ClusterStatusQuery.DefaultNextReminders, ClusterStatusQuery.MaxNextReminders, problems);
                var within = Count(request, WithinField, ClusterStatusQuery.DefaultDueWithinMinutes, ClusterStatusQuery.MaxDueWithinMinutes, problems);
                if (problems.Count > 0)
                {
                    return TypedResults.ValidationProblem(problems);
                }

                return TypedResults.Ok(await status.Read(new ClusterStatusQuery(next, within), ct));
            })
            .WithTags("Operations")
            .WithSummary("The cluster's silos, activations per grain type, reminders due soon and storage health (administrator).");
        return app;
    }

    // Read by hand so that a bad value is answered naming its field, not by the binder's generic 400.
    private static int Count(HttpRequest request, string field, int fallback, int max, Dictionary<string, string[]> problems)
    {
        var values = request.Query[field];
        if (values.Count == 0)
        {
            return fallback;
        }

        if (values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 && value <= max)
        {
            return value;
        }

        problems[field] = [$"must be one whole number from 1 to {max}"];
        return fallback;
    }
}
