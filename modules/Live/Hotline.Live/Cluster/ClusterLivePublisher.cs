using Hotline.Live.Contracts;
using Hotline.Live.Hub;

namespace Hotline.Live.Cluster;

/// <summary>Publishes to this silo's subscribers directly and to every other silo through the relay.</summary>
public sealed class ClusterLivePublisher(LiveHub hub, LiveRelay relay) : ILivePublisher
{
    public void Publish(LiveChange change)
    {
        hub.Deliver(change);
        relay.Forward(change);
    }
}
