namespace Hotline.Organization.Projects;

/// <summary>
/// One report at a time per issue key in a project whose reports interleave (issue 14). The project decides from the
/// rows' count whether a key's counter must be woken; two reports of one key counted side by side would each miss the
/// other's row, and both could stay below a threshold they reach together. Only keys with a report under way are held.
/// </summary>
internal sealed class ReportTurns
{
    private readonly Dictionary<string, Task> _last = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="report"/> once every earlier report of <paramref name="key"/> has finished.</summary>
    public async Task<T> Run<T>(string key, Func<Task<T>> report)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var before = _last.GetValueOrDefault(key, Task.CompletedTask);
        _last[key] = done.Task;
        try
        {
            await before;
            return await report();
        }
        finally
        {
            if (_last.TryGetValue(key, out var last) && last == done.Task)
            {
                _last.Remove(key);
            }

            done.SetResult();
        }
    }
}
