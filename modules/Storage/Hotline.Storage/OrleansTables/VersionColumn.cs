using Npgsql;

namespace Hotline.Storage.OrleansTables;

/// <summary>The one column Orleans' write texts return, the row's new version: null when no row came back (a conflict).</summary>
internal static class VersionColumn
{
    public static async Task<int?> Read(NpgsqlDataReader reader) =>
        await reader.ReadAsync() && !reader.IsDBNull(0) ? reader.GetInt32(0) : null;
}
