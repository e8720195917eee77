namespace Hotline.Operations.Contracts;

/// <summary>One silo as the cluster's membership table records it; <see cref="IsThisSilo"/> marks the one that answered.</summary>
public sealed record SiloInfo(
    string Address,
    string Name,
    string HostName,
    SiloState Status,
    DateTimeOffset Started,
    DateTimeOffset LastHeartbeat,
    bool IsThisSilo);
