using Hotline.BuildingBlocks.Storage;
using Hotline.Storage.OrleansTables;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Providers;
using Orleans.Serialization.Serializers;

namespace Hotline.Host.Storage;

/// <summary>
/// The silo's batched grain-state reads (issue 14: a morning's deactivated tickets all activating at once read one row
/// each, one round trip each), on a <see cref="StatementBatcher"/> of their own so a read never waits for a write batch's
/// commit; as many connections as the writes (<see cref="DatabaseOptions.StateWriters"/>), up to
/// <see cref="DatabaseOptions.MaxWritesPerBatch"/> reads a round trip.
/// </summary>
public sealed class OrleansStateReads
{
    public OrleansStateReads(NpgsqlDataSource dataSource, IOptions<DatabaseOptions> database, IOptions<ClusterOptions> cluster,
        IOptionsMonitor<AdoNetGrainStorageOptions> storage, IActivatorProvider activators, ILogger<BatchedGrainStateReads> logger)
    {
        Batcher = new StatementBatcher(dataSource, database.Value.StateWriters, database.Value.MaxWritesPerBatch);
        GrainState = new BatchedGrainStateReads(Batcher, new OrleansQueryTexts(dataSource), cluster.Value.ServiceId,
            storage.Get(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME).GrainStorageSerializer, activators, logger);
    }

    public StatementBatcher Batcher { get; }

    public BatchedGrainStateReads GrainState { get; }
}
