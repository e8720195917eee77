using Npgsql;
using NpgsqlTypes;

namespace Hotline.Storage.OrleansTables;

/// <summary>
/// A grain id as Orleans' ADO.NET storage keys its row: a Guid key as its 16 bytes' two little-endian halves, an
/// integer key as (0, key), each with its extension; any other key as (0, 0) with the whole key as the extension.
/// </summary>
public readonly record struct StorageKey(long N0, long N1, string? Extension)
{
    public static StorageKey Of(GrainId grainId)
    {
        if (grainId.TryGetGuidKey(out var guid, out var guidExtension))
        {
            Span<byte> bytes = stackalloc byte[16];
            guid.TryWriteBytes(bytes);
            return new StorageKey(BitConverter.ToInt64(bytes[..8]), BitConverter.ToInt64(bytes[8..]), guidExtension);
        }

        if (grainId.TryGetIntegerKey(out var integer, out var integerExtension))
        {
            return new StorageKey(0, integer, integerExtension);
        }

        return new StorageKey(0, 0, grainId.Key.ToString());
    }

    /// <summary>Binds the row's identity as Orleans' storage texts name it: service, state name, both halves, extension.</summary>
    public void Bind(NpgsqlParameterCollection parameters, string serviceId, string stateName)
    {
        parameters.Add(new NpgsqlParameter<string>("ServiceId", NpgsqlDbType.Text) { TypedValue = serviceId });
        parameters.Add(new NpgsqlParameter<string>("GrainTypeString", NpgsqlDbType.Text) { TypedValue = stateName });
        parameters.Add(new NpgsqlParameter<long>("GrainIdN0", NpgsqlDbType.Bigint) { TypedValue = N0 });
        parameters.Add(new NpgsqlParameter<long>("GrainIdN1", NpgsqlDbType.Bigint) { TypedValue = N1 });
        parameters.Add(new NpgsqlParameter("GrainIdExtensionString", NpgsqlDbType.Text) { Value = (object?)Extension ?? DBNull.Value });
    }
}
