using Npgsql;

namespace Hotline.Storage.OrleansTables;

/// <summary>A grain-state row as <c>ReadFromStorageKey</c> returns it: its payload (none after a clear) and version.</summary>
internal sealed record StoredState(byte[]? Payload, int Version)
{
    public static async Task<StoredState?> Read(NpgsqlDataReader reader) =>
        await reader.ReadAsync() ? new StoredState(reader.IsDBNull(0) ? null : reader.GetFieldValue<byte[]>(0), reader.GetInt32(1)) : null;
}
