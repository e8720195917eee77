using Hotline.Storage.OrleansWrites;
using Orleans.Storage;

namespace Hotline.Host.Storage;

/// <summary>
/// Orleans' ADO.NET grain storage behind the silo's <see cref="StorageGate"/> for reads and clears; writes, the bulk of a
/// wave of deadlines, go batched with other grains' (<see cref="BatchedGrainStateWrites"/>, the catalog's same text).
/// It keeps the inner one's start and stop.
/// </summary>
public sealed class GatedGrainStorage(IGrainStorage inner, StorageGate gate, BatchedGrainStateWrites writes) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        gate.Run(() => inner.ReadStateAsync(stateName, grainId, grainState));

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        writes.Write(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        gate.Run(() => inner.ClearStateAsync(stateName, grainId, grainState));

    public void Participate(ISiloLifecycle lifecycle) => (inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);
}
