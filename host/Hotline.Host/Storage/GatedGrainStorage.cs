using Hotline.Storage.OrleansTables;
using Orleans.Storage;

namespace Hotline.Host.Storage;

/// <summary>
/// Orleans' ADO.NET grain storage behind the silo's <see cref="StorageGate"/> for clears; reads and writes, the bulk of a
/// wave of deadlines, go batched with other grains' (<see cref="BatchedGrainStateReads"/>, <see cref="BatchedGrainStateWrites"/>,
/// the catalog's same texts). It keeps the inner one's start and stop.
/// </summary>
public sealed class GatedGrainStorage(IGrainStorage inner, StorageGate gate, BatchedGrainStateReads reads, BatchedGrainStateWrites writes) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        reads.Read(stateName, grainId, grainState);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        writes.Write(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        gate.Run(() => inner.ClearStateAsync(stateName, grainId, grainState));

    public void Participate(ISiloLifecycle lifecycle) => (inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);
}
