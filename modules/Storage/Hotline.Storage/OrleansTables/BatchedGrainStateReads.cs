using System.Globalization;
using Hotline.BuildingBlocks.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Serialization.Serializers;
using Orleans.Storage;

namespace Hotline.Storage.OrleansTables;

/// <summary>
/// Orleans' grain-state read (<c>ReadFromStorageKey</c>, the catalog's own text) run through a <see cref="StatementBatcher"/>:
/// when a morning's tickets, long deactivated, all activate at once, their reads share round trips (issue 14: read one
/// by one, 100,000 reads queued for up to 50 s and the ticks waiting on them timed out). Keeps the provider's rules: no
/// row is a new state with no ETag; a cleared row (no payload) is a new state with the row's version as its ETag; the
/// record exists only with a payload, deserialized by the same serializer.
/// </summary>
public sealed class BatchedGrainStateReads(StatementBatcher batcher, OrleansQueryTexts texts, string serviceId, IGrainStorageSerializer serializer,
    IActivatorProvider activators, ILogger<BatchedGrainStateReads> logger)
{
    public const string QueryKey = "ReadFromStorageKey";

    public async Task Read<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var sql = await texts.Get(QueryKey);
        var key = StorageKey.Of(grainId);
        var row = await batcher.Run(sql, p => key.Bind(p, serviceId, stateName), StoredState.Read);
        grainState.State = row?.Payload is { } payload ? serializer.Deserialize<T>(new BinaryData(payload)) : activators.GetActivator<T>().Create();
        grainState.ETag = row?.Version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = row?.Payload is not null;
        logger.LogTrace("Read grain state {StateName} of {GrainId} at version {ETag}", stateName, grainId, grainState.ETag);
    }
}
