using System.ComponentModel.DataAnnotations;

namespace Hotline.Host.Storage;

/// <summary>Section Hotline:Database: how a host treats the schema when it starts, and how many storage calls it runs at once.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Hotline:Database";

    /// <summary>
    /// True (the default): the host applies pending migrations at start, so its database role needs DDL rights.
    /// False: it only reads the schema version and refuses to start unless it matches this build, so silos can run
    /// with a role that has no DDL rights while <c>hotline migrate</c> runs with the owning role (docs/operations.md).
    /// </summary>
    public bool MigrateAtStart { get; set; } = true;

    /// <summary>
    /// How many grain-state reads and clears and reminder-table reads and removals of one silo use the database at once
    /// (<see cref="StorageGate"/>); the rest wait without holding a connection. Below the connection pool's size (100), so membership always has room.
    /// </summary>
    [Range(1, 90)]
    public int MaxConcurrentStorageCalls { get; set; } = 32;

    /// <summary>
    /// How many connections of one silo write grain state and reminder rows, each sending whatever writes are waiting
    /// as one batch (<see cref="Hotline.BuildingBlocks.Storage.StatementBatcher"/>): a wave of deadlines shares round trips.
    /// As many more read grain state the same way (<see cref="OrleansStateReads"/>).
    /// </summary>
    [Range(1, 32)]
    public int StateWriters { get; set; } = 4;

    /// <summary>The most writes one batch of <see cref="StateWriters"/> carries.</summary>
    [Range(1, 5000)]
    public int MaxWritesPerBatch { get; set; } = 256;
}
