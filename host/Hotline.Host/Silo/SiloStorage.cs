using Hotline.Storage.Migrations;
using Orleans.Providers;
using Orleans.Serialization;
using Orleans.Storage;

namespace Hotline.Host.Silo;

public static class SiloStorage
{
    /// <summary>Grain state and reminders on the Hotline database (shared by the host and the test clusters).</summary>
    public static ISiloBuilder UseHotlineStorage(this ISiloBuilder silo, string connectionString)
    {
        silo.UseAdoNetReminderService(o => (o.Invariant, o.ConnectionString) = (OrleansAdoNet.Invariant, connectionString));
        silo.AddAdoNetGrainStorageAsDefault(o => (o.Invariant, o.ConnectionString) = (OrleansAdoNet.Invariant, connectionString));

        // Orleans' own serializer keyed by [Alias]: stored state survives renaming or moving a type,
        // which the default Newtonsoft payload (assembly-qualified $type names) does not.
        silo.Services.AddOptions<Orleans.Configuration.AdoNetGrainStorageOptions>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME)
            .Configure<Serializer>((o, serializer) => o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
        return silo;
    }
}
