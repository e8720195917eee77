using Hotline.Organization.Contracts;
using Hotline.Security.Contracts.Access;
using Hotline.WebConsole.Session;

namespace Hotline.WebConsole.Admin;

/// <summary>
/// Who may use which administration page: the access answer of the API endpoint each stands for (households import
/// for the organisation, a person's duty for the rosters, the policies' reads, the plugin list), asked afresh each time.
/// </summary>
public sealed class AdminAccess(ConsoleSession session, IOrganizationPlaces places)
{
    public static string Path(AdminArea area) => area switch
    {
        AdminArea.Organisation => "/console/admin/organisation",
        AdminArea.Rosters => "/console/admin/rosters",
        AdminArea.Policies => "/console/admin/policies",
        _ => "/console/admin/plugins",
    };

    /// <summary>The answer for one page: allowed when its endpoint is allowed (for the organisation, in at least one project).</summary>
    public async Task<AccessAnswer> Ask(AdminArea area)
    {
        switch (area)
        {
            case AdminArea.Organisation:
                // A project outside the person's scope answers "not found"; the page says "not allowed" instead.
                var refused = new AccessAnswer(AccessOutcome.NotAllowed);
                foreach (var project in (await places.Ids()).Projects.Order(StringComparer.Ordinal))
                {
                    var answer = await session.Ask(new AccessQuestion(ApiEndpoints.HouseholdImport, Id: project));
                    if (answer.Allowed)
                    {
                        return answer;
                    }

                    refused = answer.Outcome == AccessOutcome.NotFound ? refused : answer;
                }

                return refused;
            case AdminArea.Rosters:
                return await session.Ask(new AccessQuestion(ApiEndpoints.PersonDuty));
            case AdminArea.Policies:
                var sla = await session.Ask(new AccessQuestion(ApiEndpoints.SlaPolicy));
                return sla.Allowed ? sla : await session.Ask(new AccessQuestion(ApiEndpoints.EscalationPolicy));
            default:
                return await session.Ask(new AccessQuestion(ApiEndpoints.Plugins));
        }
    }

    /// <summary>The pages this person may use, in nav order (none: no "Administration" entry).</summary>
    public async Task<IReadOnlyList<AdminArea>> Areas()
    {
        var areas = new List<AdminArea>();
        foreach (var area in Enum.GetValues<AdminArea>())
        {
            if ((await Ask(area)).Allowed)
            {
                areas.Add(area);
            }
        }

        return areas;
    }
}
