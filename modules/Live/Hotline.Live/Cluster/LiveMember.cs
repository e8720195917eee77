namespace Hotline.Live.Cluster;

/// <summary>A silo taking part in live pushes: its address (checked against membership) and its relay's observer.</summary>
[GenerateSerializer]
[Alias("Hotline.Live.LiveMember")]
public sealed record LiveMember(
    [property: Id(0)] SiloAddress Silo,
    [property: Id(1)] ILiveSiloObserver Observer);
