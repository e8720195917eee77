namespace Hotline.Host.Storage;

/// <summary>Section Hotline:Database: how a host treats the schema when it starts.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Hotline:Database";

    /// <summary>
    /// True (the default): the host applies pending migrations at start, so its database role needs DDL rights.
    /// False: it only reads the schema version and refuses to start unless it matches this build, so silos can run
    /// with a role that has no DDL rights while <c>hotline migrate</c> runs with the owning role (docs/operations.md).
    /// </summary>
    public bool MigrateAtStart { get; set; } = true;
}
