using System.Net;
using Hotline.Storage.Migrations;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Storage;

namespace Hotline.Storage.ContractTests.Support;

/// <summary>
/// A real in-process silo on ADO.NET clustering, reminders and three grain storages, so the tests
/// exercise Orleans' own 10.4.2 providers (not our SQL directly) against the migrated database.
/// </summary>
public sealed class ContractSilo : IAsyncDisposable
{
    public const string Storage = "contract";
    public const string DeletingStorage = "contract-delete";
    public const string CollidingStorage = "contract-collide";

    private readonly IHost _host;

    private ContractSilo(IHost host, string connectionString, string serviceId, string clusterId, ConstantHashPicker collidingHashPicker)
    {
        _host = host;
        CollidingHashPicker = collidingHashPicker;
        ConnectionString = connectionString;
        ServiceId = serviceId;
        ClusterId = clusterId;
    }

    public string ConnectionString { get; }

    public string ServiceId { get; }

    public string ClusterId { get; }

    public IServiceProvider Services => _host.Services;

    /// <summary>The hash picker of <see cref="CollidingStorage"/>.</summary>
    public ConstantHashPicker CollidingHashPicker { get; }

    public IGrainStorage GrainStorage(string name) => Services.GetRequiredKeyedService<IGrainStorage>(name);

    public static async Task<ContractSilo> StartAsync(string connectionString)
    {
        var serviceId = $"service-{Guid.NewGuid():N}";
        var clusterId = $"cluster-{Guid.NewGuid():N}";
        var collidingHashPicker = new ConstantHashPicker();
        var host = new HostBuilder()
            .UseOrleans(silo => silo
                .Configure<ClusterOptions>(o => (o.ServiceId, o.ClusterId) = (serviceId, clusterId))
                .ConfigureEndpoints(IPAddress.Loopback, FreePort.Next(), FreePort.Next())
                .UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (OrleansAdoNet.Invariant, connectionString))
                .UseAdoNetReminderService(o => (o.Invariant, o.ConnectionString) = (OrleansAdoNet.Invariant, connectionString))
                .AddAdoNetGrainStorage(Storage, o => (o.Invariant, o.ConnectionString) = (OrleansAdoNet.Invariant, connectionString))
                .AddAdoNetGrainStorage(DeletingStorage, o =>
                {
                    (o.Invariant, o.ConnectionString) = (OrleansAdoNet.Invariant, connectionString);
                    o.DeleteStateOnClear = true;
                })
                .AddAdoNetGrainStorage(CollidingStorage, o =>
                {
                    (o.Invariant, o.ConnectionString) = (OrleansAdoNet.Invariant, connectionString);
                    o.HashPicker = collidingHashPicker;
                }))
            .Build();
        try
        {
            await host.StartAsync();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new ContractSilo(host, connectionString, serviceId, clusterId, collidingHashPicker);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
    }
}
