namespace Hotline.Operations.Contracts;

/// <summary>
/// The Hotline database as this silo sees it: one query's round trip (null with <see cref="Problem"/> when it failed),
/// this process's connection pools, and the embedded server when one is used.
/// </summary>
public sealed record StorageHealth(
    bool Reachable,
    double? RoundTripMilliseconds,
    string? Problem,
    IReadOnlyList<ConnectionPoolFigures> Pools,
    EmbeddedDatabaseState? Embedded);
