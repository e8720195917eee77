using Hotline.Live.Contracts;

namespace Hotline.Live.Hub;

/// <summary>Publishes to this process only: the building block the cluster publisher adds the other silos to.</summary>
public sealed class LocalLivePublisher(LiveHub hub) : ILivePublisher
{
    public void Publish(LiveChange change) => hub.Deliver(change);
}
