using Hotline.Escalation.Contracts;
using Hotline.Organization.Contracts;

namespace Hotline.Organization.Tests.Support;

/// <summary>Reads warnings through IWarningGrain: these assertions need the Escalation module in the host.</summary>
public static class Warnings
{
    public static Guid ProjectIncident(string projectId, string key, long episode) => IncidentWarningIds.For($"project/{projectId}", key, episode);

    public static Guid CompanyIncident(string key, long episode) => IncidentWarningIds.For("company", key, episode);

    public static Task<WarningView?> Get(IGrainFactory grains, Guid id) => grains.GetGrain<IWarningGrain>(id).Get();
}
