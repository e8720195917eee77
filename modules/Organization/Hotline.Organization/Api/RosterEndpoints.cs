using Hotline.Organization.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.Organization.Api;

/// <summary>Duty rosters are data (A9 product decision): one person's weekly shifts, replaced as a whole.</summary>
public static class RosterEndpoints
{
    public static RouteGroupBuilder MapRosters(this RouteGroupBuilder group)
    {
        // The company grain holds the people every routing decision reads, so the next notification already follows the new roster.
        group.MapPut("/people/{id}/duty", async Task<Results<Ok<PersonDuty>, ValidationProblem, NotFound>> (string id, HttpRequest request, IGrainFactory grains) =>
        {
            var (duty, problems) = await DutyBody.Read(request);
            if (problems.Count > 0)
            {
                return TypedResults.ValidationProblem(problems);
            }

            var person = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey).SetDuty(id, duty);
            return person is null ? TypedResults.NotFound() : TypedResults.Ok(new PersonDuty(person.Id, person.Name, person.Duty));
        });
        return group;
    }
}
