namespace Hotline.Storage.Embedded;

/// <summary>
/// The processes using the embedded server of one data folder: each holds a locked entry file in
/// "&lt;data folder&gt;.hosts" while it runs, and starting, joining and leaving happen under one folder lock.
/// A dead process holds no lock, so its leftover entry counts as gone and blocks nothing.
/// </summary>
public sealed class ServerUsers(string dataFolder)
{
    private const string EntrySuffix = ".host";

    public string Folder { get; } = dataFolder + ".hosts";

    /// <summary>Serialises start/join and leave/stop across processes.</summary>
    public async Task<IDisposable> LockAsync(TimeSpan timeout, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        return await FileLock.TakeAsync(Path.Combine(Folder, "lock"), timeout, ct);
    }

    /// <summary>Records this process as a user until the returned lock is disposed (which removes the entry).</summary>
    public (string Entry, IDisposable Membership) Join()
    {
        Directory.CreateDirectory(Folder);
        var entry = Path.Combine(Folder, $"{Environment.ProcessId}-{Guid.NewGuid():N}{EntrySuffix}");
        var held = FileLock.TryTake(entry, FileMode.CreateNew, deleteOnDispose: true)
            ?? throw new EmbeddedPostgresException($"Embedded PostgreSQL: could not lock {entry}.");
        return (Path.GetFileName(entry), held);
    }

    public IReadOnlyList<ServerUser> Recorded()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        var users = new List<ServerUser>();
        foreach (var path in Directory.GetFiles(Folder, "*" + EntrySuffix))
        {
            var name = Path.GetFileName(path);
            var pid = int.TryParse(name.Split('-')[0], out var p) ? p : 0;
            try
            {
                using var probe = FileLock.TryTake(path, FileMode.Open);
                users.Add(new ServerUser(name, pid, Alive: probe is null));
            }
            catch (FileNotFoundException)
            {
                // Its user left while we looked.
            }
        }

        return users;
    }

    public void Forget(IEnumerable<string> entries)
    {
        foreach (var entry in entries)
        {
            File.Delete(Path.Combine(Folder, entry));
        }
    }
}
