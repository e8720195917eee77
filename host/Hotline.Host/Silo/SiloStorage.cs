using Hotline.Host.Storage;
using Hotline.Storage.Migrations;
using Orleans.Providers;
using Orleans.Serialization;
using Orleans.Storage;

namespace Hotline.Host.Silo;

public static class SiloStorage
{
    /// <summary>Grain state and reminders on the host's <see cref="HotlineDatabase"/>, read when Orleans first needs them.</summary>
    public static ISiloBuilder UseHotlineStorage(this ISiloBuilder silo)
    {
        silo.UseAdoNetReminderService(o => o.Configure<HotlineDatabase>((r, db) => (r.Invariant, r.ConnectionString) = (OrleansAdoNet.Invariant, db.ConnectionString)));
        silo.AddAdoNetGrainStorageAsDefault(o => o.Configure<HotlineDatabase>((g, db) => (g.Invariant, g.ConnectionString) = (OrleansAdoNet.Invariant, db.ConnectionString)));
        return silo.UseAliasSerializer();
    }

    /// <summary>Grain state and reminders on the Hotline database at <paramref name="connectionString"/> (test clusters).</summary>
    public static ISiloBuilder UseHotlineStorage(this ISiloBuilder silo, string connectionString)
    {
        silo.UseAdoNetReminderService(o => (o.Invariant, o.ConnectionString) = (OrleansAdoNet.Invariant, connectionString));
        silo.AddAdoNetGrainStorageAsDefault(o => (o.Invariant, o.ConnectionString) = (OrleansAdoNet.Invariant, connectionString));
        return silo.UseAliasSerializer();
    }

    private static ISiloBuilder UseAliasSerializer(this ISiloBuilder silo)
    {
        // Orleans' own serializer keyed by [Alias]: stored state survives renaming or moving a type,
        // which the default Newtonsoft payload (assembly-qualified $type names) does not.
        silo.Services.AddOptions<Orleans.Configuration.AdoNetGrainStorageOptions>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME)
            .Configure<Serializer>((o, serializer) => o.GrainStorageSerializer = new OrleansGrainStorageSerializer(serializer));
        return silo;
    }
}
