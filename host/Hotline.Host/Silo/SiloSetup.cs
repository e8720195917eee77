using System.Net;
using Hotline.Hosting;
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
        var connectionString = builder.Services.Single(s => s.ServiceType == typeof(HotlineDatabase)).ImplementationInstance is HotlineDatabase db
            ? db.ConnectionString
            : throw new InvalidOperationException("AddHotlineStorage must run before AddHotlineSilo.");

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (cluster.ClusterId, cluster.ServiceId));
            silo.ConfigureEndpoints(IPAddress.Parse(cluster.AdvertisedAddress), cluster.SiloPort, cluster.GatewayPort);
            silo.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = (OrleansAdoNet.Invariant, connectionString));
            silo.UseHotlineStorage(connectionString);
        });
        return builder;
    }
}
