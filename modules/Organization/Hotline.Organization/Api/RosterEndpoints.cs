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
        // Read by the call center to see who is on duty when (issue 10 item 14); the same shape the edit answers.
        group.MapGet("/people/{id}/duty", async Task<Results<Ok<PersonDuty>, NotFound>> (string id, IStaffDirectory staff) =>
            await staff.GetPerson(id) is { } person ? TypedResults.Ok(new PersonDuty(person.Id, person.Name, DutyView.Of(person.Duty))) : TypedResults.NotFound());
        return group;
    }
}
