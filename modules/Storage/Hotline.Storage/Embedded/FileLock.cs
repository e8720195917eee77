namespace Hotline.Storage.Embedded;

/// <summary>
/// An exclusive lock on a file (flock on Unix), held until disposed. The OS drops it when the process dies,
/// so a process killed outright (kill -9) never leaves a lock behind.
/// </summary>
internal sealed class FileLock : IDisposable
{
    private readonly FileStream _stream;
    private readonly bool _deleteOnDispose;

    private FileLock(FileStream stream, bool deleteOnDispose)
    {
        _stream = stream;
        _deleteOnDispose = deleteOnDispose;
    }

    /// <summary>Takes the lock now, or returns null when another handle (in any process) holds it.</summary>
    public static FileLock? TryTake(string path, FileMode mode = FileMode.OpenOrCreate, bool deleteOnDispose = false)
    {
        try
        {
            return new FileLock(new FileStream(path, mode, FileAccess.ReadWrite, FileShare.None), deleteOnDispose);
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Waits for the lock; says which file was held too long rather than waiting forever.</summary>
    public static async Task<FileLock> TakeAsync(string path, TimeSpan timeout, CancellationToken ct)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            if (TryTake(path) is { } taken)
            {
                return taken;
            }

            if (waited.Elapsed > timeout)
            {
                throw new EmbeddedPostgresException(
                    $"Embedded PostgreSQL: {path} stayed locked by another host for {timeout.TotalSeconds:0} s; try again when it has started or stopped.");
            }

            await Task.Delay(100, ct);
        }
    }

    public void Dispose()
    {
        if (_deleteOnDispose)
        {
            // Deleted while still held, so nobody sees the file unlocked and mistakes this process for a dead one.
            File.Delete(_stream.Name);
        }

        _stream.Dispose();
    }
}
