using Hotline.Operations.Contracts;

namespace Hotline.Operations.Cluster;

/// <summary>The silos and the activations they host, from Orleans' management grain (cluster-wide, not this silo's view only).</summary>
internal sealed class ClusterMembers(IGrainFactory grains, ILocalSiloDetails self)
{
    private IManagementGrain Management => grains.GetGrain<IManagementGrain>(0);

    /// <summary>Every silo the membership table holds, dead ones included (an operator wants to see a silo that died).</summary>
    public async Task<IReadOnlyList<SiloInfo>> Silos()
    {
        var entries = await Management.GetDetailedHosts(onlyActive: false);
        return entries
            .Select(e => new SiloInfo(
                e.SiloAddress.ToParsableString(),
                e.SiloName ?? "",
                e.HostName ?? "",
                SiloStates.Of(e.Status),
                Utc(e.StartTime),
                Utc(e.IAmAliveTime),
                e.SiloAddress.Equals(self.SiloAddress)))
            .OrderBy(s => s.Status == SiloState.Dead).ThenBy(s => s.Address, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Activations per grain class summed over the active silos, most first.</summary>
    public async Task<IReadOnlyList<GrainActivations>> Activations()
    {
        var statistics = await Management.GetSimpleGrainStatistics();
        return statistics
            .GroupBy(s => ClassName(s.GrainType), StringComparer.Ordinal)
            .Select(g => new GrainActivations(g.Key, g.Sum(s => s.ActivationCount)))
            .OrderByDescending(a => a.Activations).ThenBy(a => a.GrainType, StringComparer.Ordinal)
            .ToList();
    }

    // Orleans names the class assembly-qualified ("Ns.TicketGrain,Hotline.Tickets"); the assembly is noise to an operator.
    private static string ClassName(string grainType) =>
        grainType.LastIndexOf(',') is var comma and > 0 ? grainType[..comma] : grainType;

    // Membership times are UTC DateTimes written by the silos themselves.
    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}
