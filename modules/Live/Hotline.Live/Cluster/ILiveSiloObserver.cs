using Orleans.Concurrency;
using Hotline.Live.Contracts;

namespace Hotline.Live.Cluster;

/// <summary>One per silo (<see cref="LiveRelay"/>): what other silos send it. One-way: a sender never waits on a slow or dead silo.</summary>
[Alias("Hotline.Live.ILiveSiloObserver")]
public interface ILiveSiloObserver : IGrainObserver
{
    /// <summary>Changes published on another silo, for this silo's subscribers.</summary>
    [OneWay]
    Task Receive(LiveChange[] changes);

    /// <summary>The directory's current members, pushed when a silo joins so the others learn of it at once.</summary>
    [OneWay]
    Task Members(LiveMember[] members);
}
