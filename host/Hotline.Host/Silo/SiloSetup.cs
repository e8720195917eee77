using System.Net;
using Hotline.Hosting;
using Hotline.Host.Storage;
using Hotline.Storage.Migrations;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Providers;
using Orleans.Storage;

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
            silo.UseAdoNetReminderService(o => (o.Invariant, o.ConnectionString) = (OrleansAdoNet.Invariant, connectionString));
            silo.AddAdoNetGrainStorageAsDefault(o => (o.Invariant, o.ConnectionString) = (OrleansAdoNet.Invariant, connectionString));

            // Orleans' own serializer keyed by [Alias]: stored state survives renaming or moving a type,
            // which the default Newtonsoft payload (assembly-qualified $type names) does not.
            silo.Services.AddOptions<Orleans.Configuration.AdoNetGrainStorageOptions>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME)
                .Configure<Serializer>((o, serializer) => o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
        });
        return builder;
    }
}
