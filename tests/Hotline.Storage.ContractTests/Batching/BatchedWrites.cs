using Hotline.BuildingBlocks.Storage;
using Hotline.Storage.ContractTests.Support;
using Hotline.Storage.OrleansTables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;

namespace Hotline.Storage.ContractTests.Batching;

/// <summary>Hotline's batched writers and reads on the contract silo's database, service id and grain-storage serializer.</summary>
public sealed class BatchedWrites
{
    public BatchedWrites(ContractSilo silo)
    {
        DataSource = NpgsqlDataSource.Create(silo.ConnectionString);
        Batcher = new StatementBatcher(DataSource, writers: 1);
        var texts = new OrleansQueryTexts(DataSource);
        var serializer = silo.Services.GetRequiredService<IOptionsMonitor<AdoNetGrainStorageOptions>>().Get(ContractSilo.Storage).GrainStorageSerializer;
        GrainState = new BatchedGrainStateWrites(Batcher, texts, silo.ServiceId, serializer,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<BatchedGrainStateWrites>.Instance);
        Reminders = new BatchedReminderUpserts(Batcher, texts, silo.ServiceId);
        ReadBatcher = new StatementBatcher(DataSource, writers: 1);
        GrainStateReads = new BatchedGrainStateReads(ReadBatcher, texts, silo.ServiceId, serializer,
            silo.Services.GetRequiredService<Orleans.Serialization.Serializers.IActivatorProvider>(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<BatchedGrainStateReads>.Instance);
    }

    public NpgsqlDataSource DataSource { get; }

    public StatementBatcher Batcher { get; }

    public BatchedGrainStateWrites GrainState { get; }

    public BatchedReminderUpserts Reminders { get; }

    /// <summary>The reads' own batcher, one connection, so a test can count its round trips.</summary>
    public StatementBatcher ReadBatcher { get; }

    public BatchedGrainStateReads GrainStateReads { get; }
}
