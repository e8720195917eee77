using System.Globalization;
using Hotline.BuildingBlocks.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using Orleans.Storage;

namespace Hotline.Storage.OrleansTables;

/// <summary>
/// Orleans' grain-state write (<c>WriteToStorageKey</c>, the catalog's own text) run through a
/// <see cref="StatementBatcher"/>, so a wave of tickets writing at once shares round trips and commits. Keeps the
/// provider's rules: the key's halves and extension as Orleans' ADO.NET storage takes them from the grain id, the
/// payload from the same serializer, the ETag as the stored version, and a write that returns no new version (a stale
/// ETag, a racing first write) raises <see cref="InconsistentStateException"/> and changes nothing. Like the provider,
/// it logs each write at Trace level, in the writing grain's log scope (the ticket id, for a ticket).
/// </summary>
public sealed class BatchedGrainStateWrites(StatementBatcher batcher, OrleansQueryTexts texts, string serviceId, IGrainStorageSerializer serializer,
    ILogger<BatchedGrainStateWrites> logger)
{
    public const string QueryKey = "WriteToStorageKey";

    public async Task Write<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        logger.LogTrace("Writing grain state {StateName} of {GrainId} over version {ETag}", stateName, grainId, grainState.ETag);
        var sql = await texts.Get(QueryKey);
        var stored = Version(grainState.ETag);
        var payload = serializer.Serialize(grainState.State).ToArray();
        var key = StorageKey.Of(grainId);
        var written = await batcher.Run(sql, p => Bind(p, stateName, key, stored, payload), VersionColumn.Read);
        if (written is not { } version || version == stored)
        {
            throw new InconsistentStateException(
                $"state '{stateName}' of {grainId} was not written: the stored version is not {grainState.ETag ?? "absent"}",
                "unknown", grainState.ETag ?? "");
        }

        grainState.ETag = version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    private void Bind(NpgsqlParameterCollection p, string stateName, StorageKey key, int? stored, byte[] payload)
    {
        key.Bind(p, serviceId, stateName);
        p.Add(new NpgsqlParameter("GrainStateVersion", NpgsqlDbType.Integer) { Value = (object?)stored ?? DBNull.Value });
        p.Add(new NpgsqlParameter<byte[]>("PayloadBinary", NpgsqlDbType.Bytea) { TypedValue = payload });
    }

    private static int? Version(string? etag) =>
        string.IsNullOrWhiteSpace(etag) ? null : int.Parse(etag, CultureInfo.InvariantCulture);
}
