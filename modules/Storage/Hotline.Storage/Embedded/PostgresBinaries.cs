namespace Hotline.Storage.Embedded;

/// <summary>Finds the PostgreSQL server programs on this machine.</summary>
public sealed record PostgresBinaries(string InitDb, string PgCtl)
{
    public const string InstallHint =
        "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or under /usr/lib/postgresql/*/bin. " +
        "Install them (Debian/Ubuntu: 'apt-get install postgresql'; Fedora: 'dnf install postgresql-server'; " +
        "macOS: 'brew install postgresql@15'), set Hotline:EmbeddedPostgres:BinFolder, " +
        "or configure ConnectionStrings:Hotline to use an existing server.";

    public static PostgresBinaries Locate(string? binFolder) =>
        Locate(binFolder, Environment.GetEnvironmentVariable("PATH"), "/usr/lib/postgresql");

    /// <summary>Looks in <paramref name="binFolder"/> if given, else on <paramref name="path"/>, else under <paramref name="debianRoot"/>/*/bin.</summary>
    public static PostgresBinaries Locate(string? binFolder, string? path, string debianRoot)
    {
        var folder = string.IsNullOrWhiteSpace(binFolder) ? FindFolder(path, debianRoot) : binFolder;
        if (folder is null || !File.Exists(Path.Combine(folder, "initdb")) || !File.Exists(Path.Combine(folder, "pg_ctl")))
        {
            throw new EmbeddedPostgresException(
                string.IsNullOrWhiteSpace(binFolder) ? InstallHint : $"Hotline:EmbeddedPostgres:BinFolder '{binFolder}' holds no initdb and pg_ctl.");
        }

        return new PostgresBinaries(Path.Combine(folder, "initdb"), Path.Combine(folder, "pg_ctl"));
    }

    private static string? FindFolder(string? path, string debianRoot)
    {
        var onPath = (path ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl")));
        if (onPath is not null)
        {
            return onPath;
        }

        if (!Directory.Exists(debianRoot))
        {
            return null;
        }

        // Newest major version first: "15" sorts after "9" only numerically.
        return Directory.GetDirectories(debianRoot)
            .Select(dir => (dir, major: int.TryParse(Path.GetFileName(dir), out var v) ? v : -1))
            .OrderByDescending(x => x.major)
            .Select(x => Path.Combine(x.dir, "bin"))
            .FirstOrDefault(bin => File.Exists(Path.Combine(bin, "initdb")));
    }
}
