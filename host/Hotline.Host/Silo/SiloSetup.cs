using System.Net;
using Hotline.BuildingBlocks;
using Hotline.Host.Storage;
using Hotline.Storage.Migrations;
using Orleans.Configuration;

namespace Hotline.Host.Silo;

public static class SiloSetup
{
    /// <summary>This process is an Orleans silo: ADO.NET clustering, reminders and grain state, all on the Hotline database.</summary>
    public static WebApplicationBuilder AddHotlineSilo(this WebApplicationBuilder builder)
    {
        var cluster = builder.Services.BindChecked<ClusterSettings>(builder.Configuration, ClusterSettings.SectionName);
        if (!builder.Services.Any(s => s.ServiceType == typeof(HotlineDatabase)))
        {
            throw new InvalidOperationException("AddHotlineStorage must run before AddHotlineSilo.");
        }

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, cluster.ServiceId));
            silo.ConfigureEndpoints(IPAddress.Parse(cluster.AdvertisedAddress), cluster.SiloPort, cluster.GatewayPort);
            // The connection string is read when Orleans first needs it: the database is opened by then (DatabaseLifetime).
            silo.UseAdoNetClustering(o => o.Configure<HotlineDatabase>((c, db) => (c.Invariant, c.ConnectionString) = (OrleansAdoNet.Invariant, db.ConnectionString)));
            silo.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = cluster.ProbeTimeout;
                o.NumMissedProbesLimit = cluster.NumMissedProbesLimit;
                o.IAmAliveTablePublishTimeout = cluster.IAmAliveTablePublishTimeout;
                o.TableRefreshTimeout = cluster.TableRefreshTimeout;
            });
            silo.UseHotlineStorage();
            if (cluster.Kubernetes)
            {
                silo.UseKubernetesHosting();
            }
        });
        builder.Services.Decorate<IGrainFactory, ResolvedGrainFactory>();
        return builder;
    }
}
