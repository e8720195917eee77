using Hotline.Host.Storage;
using Hotline.Storage.Migrations;
using Orleans.Hosting;
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
        return silo.UseAliasSerializer().WithFaultSettings().BehindGate();
    }

    /// <summary>Grain state and reminders on the Hotline database at <paramref name="connectionString"/> (test clusters).</summary>
    public static ISiloBuilder UseHotlineStorage(this ISiloBuilder silo, string connectionString)
    {
        silo.UseAdoNetReminderService(o => (o.Invariant, o.ConnectionString) = (OrleansAdoNet.Invariant, connectionString));
        silo.AddAdoNetGrainStorageAsDefault(o => (o.Invariant, o.ConnectionString) = (OrleansAdoNet.Invariant, connectionString));
        return silo.UseAliasSerializer().WithFaultSettings();
    }

    /// <summary>
    /// Issue 14's kill -9 and outage runs. A reminder tick that falls due while its silo is down, or whose delivery
    /// fails, is skipped to the next period, not retried: the ticket reminders' period is 20 s (TicketGrain.RetryPeriod),
    /// below Orleans' 1-minute floor, so the floor is lowered to it. A range read that fails when ranges move (a silo
    /// died or joined while the database was slow or cut) is redone at the next list refresh: every minute, not 5.
    /// Storage failures leave grain calls as one exception type every silo can deserialize (<see cref="StorageExceptionFilter"/>);
    /// those no filter sees (a grain's activation failing to read its state) carry Npgsql's exception as an inner one,
    /// which Orleans serializes only for the namespaces it is told (else CodecNotFoundException: a 500 in the outage test).
    /// </summary>
    private static ISiloBuilder WithFaultSettings(this ISiloBuilder silo)
    {
        silo.Configure<ReminderOptions>(o => (o.MinimumReminderPeriod, o.RefreshReminderListPeriod) = (TimeSpan.FromSeconds(20), TimeSpan.FromMinutes(1)));
        silo.AddIncomingGrainCallFilter<StorageExceptionFilter>();
        silo.Services.Configure<ExceptionSerializationOptions>(o => o.SupportedNamespacePrefixes.Add("Npgsql"));
        return silo;
    }

    /// <summary>
    /// The default grain storage and the reminder table as registered above, each wrapped by the host's
    /// <see cref="StorageGate"/> (AddHotlineStorage) for the calls not batched, and reading and writing grain state through
    /// <see cref="OrleansStateReads"/>' and <see cref="OrleansStateWrites"/>' batches.
    /// </summary>
    private static ISiloBuilder BehindGate(this ISiloBuilder silo)
    {
        var services = silo.Services;
        var storage = services.Single(d => d.ServiceType == typeof(IGrainStorage) && Equals(d.ServiceKey, ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME));
        services.Remove(storage);
        services.AddKeyedSingleton<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME,
            (sp, key) => new GatedGrainStorage((IGrainStorage)storage.KeyedImplementationFactory!(sp, key), sp.GetRequiredService<StorageGate>(),
                sp.GetRequiredService<OrleansStateReads>().GrainState, sp.GetRequiredService<OrleansStateWrites>().GrainState));
        var reminders = services.Single(d => d.ServiceType == typeof(IReminderTable));
        services.Remove(reminders);
        services.AddSingleton<IReminderTable>(sp => new GatedReminderTable(
            (IReminderTable)ActivatorUtilities.CreateInstance(sp, reminders.ImplementationType!), sp.GetRequiredService<StorageGate>(),
            sp.GetRequiredService<OrleansStateWrites>().Reminders));
        services.AddSingleton<OrleansStateWrites>();
        services.AddSingleton<OrleansStateReads>();
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
