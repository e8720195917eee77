using System.Net;
using Hotline.Storage.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Messaging;
using Orleans.Runtime;
using Orleans.Runtime.Membership;
using Orleans.Runtime.MembershipService;

namespace Hotline.Storage.ContractTests.Support;

/// <summary>Orleans' own ADO.NET membership table and gateway provider, built for a cluster id of the test's choosing.</summary>
public static class Membership
{
    private static readonly IServiceProvider NoServices = new ServiceCollection().BuildServiceProvider();

    public static async Task<IMembershipTable> TableAsync(string connectionString, string clusterId, bool initialize = true)
    {
        var table = new AdoNetClusteringTable(NoServices, Cluster(clusterId),
            Options.Create(new AdoNetClusteringSiloOptions { Invariant = OrleansAdoNet.Invariant, ConnectionString = connectionString }),
            NullLogger<AdoNetClusteringTable>.Instance);
        if (initialize)
        {
            await table.InitializeMembershipTableAsync(tryInitTableVersion: true);
        }

        return table;
    }

    public static async Task<IGatewayListProvider> GatewaysAsync(string connectionString, string clusterId)
    {
        var provider = new AdoNetGatewayListProvider(NullLogger<AdoNetGatewayListProvider>.Instance, NoServices,
            Options.Create(new AdoNetClusteringClientOptions { Invariant = OrleansAdoNet.Invariant, ConnectionString = connectionString }),
            Options.Create(new GatewayOptions()), Cluster(clusterId));
        await provider.InitializeGatewayListProviderAsync();
        return provider;
    }

    public static MembershipEntry Entry(int port, SiloStatus status, int proxyPort = 0, DateTime? iAmAlive = null) => new()
    {
        SiloAddress = SiloAddress.New(IPAddress.Loopback, port, generation: 7),
        SiloName = $"silo-{port}",
        HostName = "contract-host",
        Status = status,
        ProxyPort = proxyPort,
        StartTime = Utc(iAmAlive ?? DateTime.UtcNow),
        IAmAliveTime = Utc(iAmAlive ?? DateTime.UtcNow),
        SuspectTimes = [],
    };

    /// <summary>Truncated to milliseconds so values survive PostgreSQL's microsecond precision unchanged.</summary>
    public static DateTime Utc(DateTime value) => new(value.Ticks - value.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);

    public static string NewClusterId() => $"cluster-{Guid.NewGuid():N}";

    private static IOptions<ClusterOptions> Cluster(string clusterId) =>
        Options.Create(new ClusterOptions { ClusterId = clusterId, ServiceId = "contract-membership" });
}
