using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Hotline.CallCenter.Owners;

public static class OwnerEndpoints
{
    /// <summary>GET /api/call-center/owners: a caller's households and tickets, by phone or by address.</summary>
    public static RouteGroupBuilder MapOwnerLookup(this RouteGroupBuilder group)
    {
        group.MapGet("/owners", Lookup);
        return group;
    }

    private static async Task<Results<Ok<OwnerLookup>, ValidationProblem>> Lookup(
        [AsParameters] OwnerQuery query, OwnerRecords records, IGrainFactory grains, CancellationToken ct)
    {
        var fields = new Fields();
        var byAddress = query.ProjectId is not null || query.Building is not null || query.Unit is not null || query.Room is not null;
        if (!string.IsNullOrWhiteSpace(query.Phone) || !byAddress)
        {
            var phone = fields.Phone("phone", query.Phone, required: true);
            if (byAddress)
            {
                fields.Fail("phone", "give the phone or the address (projectId, building, unit, room), not both");
            }

            return fields.Ok ? TypedResults.Ok(await records.ForPhone(phone!, ct)) : TypedResults.ValidationProblem(fields.Errors);
        }

        var projectId = fields.Text("projectId", query.ProjectId, required: true);
        var building = fields.Text("building", query.Building, required: true);
        var unit = fields.Text("unit", query.Unit, required: false);
        var room = fields.Text("room", query.Room, required: true);
        var project = fields.Ok ? await fields.Project("projectId", projectId, grains) : null;
        return fields.Ok
            ? TypedResults.Ok(await records.ForAddress(project!.Id, building!, unit, room!, ct))
            : TypedResults.ValidationProblem(fields.Errors);
    }
}
