namespace Hotline.Storage.Embedded;

/// <summary>Settings of the private PostgreSQL started when no connection string is configured.</summary>
public sealed class EmbeddedPostgresOptions
{
    public const string SectionName = "Hotline:EmbeddedPostgres";

    /// <summary>Cluster folder; relative paths resolve against the current directory.</summary>
    public string DataFolder { get; set; } = ".hotline/pg";

    /// <summary>Loopback port; 0 picks a free one at every start.</summary>
    public int Port { get; set; }

    /// <summary>Database created on first start and named in the connection string.</summary>
    public string Database { get; set; } = "hotline";

    /// <summary>Folder holding initdb and pg_ctl; empty searches PATH, then /usr/lib/postgresql/*/bin.</summary>
    public string? BinFolder { get; set; }

    /// <summary>OS user that runs postgres when this process is root (postgres refuses to run as root).</summary>
    public string ServiceUser { get; set; } = "postgres";

    /// <summary>
    /// Server connection limit. Every silo keeps its own pools (grain state, reminders, membership, queries),
    /// so several hosts on one embedded server need more than PostgreSQL's default of 100.
    /// </summary>
    public int MaxConnections { get; set; } = 400;

    /// <summary>How long to wait for the server to accept connections.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
