using Hotline.BuildingBlocks.Storage;
using Hotline.Storage.OrleansTables;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Providers;

namespace Hotline.Host.Storage;

/// <summary>
/// The silo's batched writes of grain state and reminder rows (issue 14: a wave of deadlines wrote them one round trip
/// each and the ticks waited past Orleans' response timeout): one <see cref="StatementBatcher"/> for both, on the
/// host's data source, sized by <see cref="DatabaseOptions.StateWriters"/> and <see cref="DatabaseOptions.MaxWritesPerBatch"/>.
/// </summary>
public sealed class OrleansStateWrites
{
    public OrleansStateWrites(NpgsqlDataSource dataSource, IOptions<DatabaseOptions> database, IOptions<ClusterOptions> cluster,
        IOptionsMonitor<AdoNetGrainStorageOptions> storage, ILogger<BatchedGrainStateWrites> logger)
    {
        Batcher = new StatementBatcher(dataSource, database.Value.StateWriters, database.Value.MaxWritesPerBatch);
        var texts = new OrleansQueryTexts(dataSource);
        var serviceId = cluster.Value.ServiceId;
        GrainState = new BatchedGrainStateWrites(Batcher, texts, serviceId, storage.Get(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME).GrainStorageSerializer, logger);
        Reminders = new BatchedReminderUpserts(Batcher, texts, serviceId);
    }

    public StatementBatcher Batcher { get; }

    public BatchedGrainStateWrites GrainState { get; }

    public BatchedReminderUpserts Reminders { get; }
}
