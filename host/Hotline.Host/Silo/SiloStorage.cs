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
        return silo.UseAliasSerializer().BehindGate();
    }

    /// <summary>Grain state and reminders on the Hotline database at <paramref name="connectionString"/> (test clusters).</summary>
    public static ISiloBuilder UseHotlineStorage(this ISiloBuilder silo, string connectionString)
    {
        silo.UseAdoNetReminderService(o => (o.Invariant, o.ConnectionString) = (OrleansAdoNet.Invariant, connectionString));
        silo.AddAdoNetGrainStorageAsDefault(o => (o.Invariant, o.ConnectionString) = (OrleansAdoNet.Invariant, connectionString));
        return silo.UseAliasSerializer();
    }

    /// <summary>The default grain storage and the reminder table as registered above, each wrapped by the host's <see cref="StorageGate"/> (AddHotlineStorage).</summary>
    private static ISiloBuilder BehindGate(this ISiloBuilder silo)
    {
        var services = silo.Services;
        var storage = services.Single(d => d.ServiceType == typeof(IGrainStorage) && Equals(d.ServiceKey, ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME));
        services.Remove(storage);
        services.AddKeyedSingleton<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME,
            (sp, key) => new GatedGrainStorage((IGrainStorage)storage.KeyedImplementationFactory!(sp, key), sp.GetRequiredService<StorageGate>()));
        var reminders = services.Single(d => d.ServiceType == typeof(IReminderTable));
        services.Remove(reminders);
        services.AddSingleton<IReminderTable>(sp => new GatedReminderTable(
            (IReminderTable)ActivatorUtilities.CreateInstance(sp, reminders.ImplementationType!), sp.GetRequiredService<StorageGate>()));
        return silo;
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
