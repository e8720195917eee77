using Hotline.CallCenter.Contracts;

namespace Hotline.CallCenter.Owners;

/// <summary><see cref="IOwnerSearch"/>: the checks and reads of GET /api/call-center/owners, which answers from it.</summary>
public sealed class OwnerSearch(OwnerRecords records, IGrainFactory grains) : IOwnerSearch
{
    public async Task<Checked<OwnerLookup>> Find(OwnerQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fields = new Fields();
        var byAddress = query.ProjectId is not null || query.Building is not null || query.Unit is not null || query.Room is not null;
        if (!string.IsNullOrWhiteSpace(query.Phone) || !byAddress)
        {
            var phone = fields.Phone("phone", query.Phone, required: true);
            if (byAddress)
            {
                fields.Fail("phone", "give the phone or the address (projectId, building, unit, room), not both");
            }

            return fields.Ok ? new(await records.ForPhone(phone!, ct), fields.Errors) : new(null, fields.Errors);
        }

        var projectId = fields.Text("projectId", query.ProjectId, required: true);
        var building = fields.Text("building", query.Building, required: true);
        var unit = fields.Text("unit", query.Unit, required: false);
        var room = fields.Text("room", query.Room, required: true);
        var project = fields.Ok ? await fields.Project("projectId", projectId, grains) : null;
        return fields.Ok
            ? new(await records.ForAddress(project!.Id, building!, unit, room!, ct), fields.Errors)
            : new(null, fields.Errors);
    }
}
