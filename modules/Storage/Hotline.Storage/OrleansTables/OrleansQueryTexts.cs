using System.Collections.Concurrent;
using Npgsql;

namespace Hotline.Storage.OrleansTables;

/// <summary>
/// The query texts of Orleans' catalog (<c>orleansquery</c>), kept once read: a write Hotline batches runs the very
/// text Orleans' provider runs, so the two never disagree on a row's shape. A failed read (the database down) is asked
/// again next time.
/// </summary>
public sealed class OrleansQueryTexts(NpgsqlDataSource dataSource)
{
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    public async Task<string> Get(string queryKey)
    {
        if (_texts.TryGetValue(queryKey, out var known))
        {
            return known;
        }

        await using var command = dataSource.CreateCommand("select querytext from orleansquery where querykey = @key");
        command.Parameters.AddWithValue("key", queryKey);
        var text = await command.ExecuteScalarAsync() as string
            ?? throw new InvalidOperationException($"Orleans' query catalog has no '{queryKey}': the database is not migrated");
        return _texts.GetOrAdd(queryKey, text);
    }
}
