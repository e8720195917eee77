using System.Collections.Immutable;
using Hotline.Organization.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Organization.Api;

/// <summary>Same-issue counts (A11.3) and household counts, which are data.</summary>
public static class IssueEndpoints
{
    public static RouteGroupBuilder MapIssues(this RouteGroupBuilder group)
    {
        group.MapGet("/issues", async (IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<ICompanyIssuesGrain>(ICompanyGrain.SingletonKey).GetIssueCounts()));

        group.MapGet("/branches/{id}/issues", async Task<Results<Ok<ImmutableArray<IssueCount>>, NotFound>> (string id, IGrainFactory grains) =>
        {
            var branch = grains.GetGrain<IBranchGrain>(id);
            return await branch.GetInfo() is null ? TypedResults.NotFound() : TypedResults.Ok(await branch.GetIssueCounts());
        });

        group.MapGet("/projects/{id}/issues", async Task<Results<Ok<ImmutableArray<IssueCount>>, NotFound>> (string id, IGrainFactory grains) =>
        {
            var project = grains.GetGrain<IProjectGrain>(id);
            return await project.GetInfo() is null ? TypedResults.NotFound() : TypedResults.Ok(await project.GetIssueCounts());
        });

        // Changes the project, its branch and the company totals, and re-evaluates every threshold at once.
        group.MapPut("/projects/{id}/households", async Task<Results<Ok<ProjectInfo>, ValidationProblem, NotFound>> (string id, HttpRequest request, IGrainFactory grains) =>
        {
            var (households, problem) = await HouseholdsBody.Read(request);
            if (problem is not null)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [HouseholdsBody.Field] = [problem] });
            }

            var project = grains.GetGrain<IProjectGrain>(id);
            if (await project.GetInfo() is null)
            {
                return TypedResults.NotFound();
            }

            await project.SetHouseholds(households);
            return TypedResults.Ok((await project.GetInfo())!);
        });
        return group;
    }
}
