namespace Hotline.Live.Contracts;

/// <summary>
/// Told by a grain after its change is durable. Fire and forget: publishing never fails or delays the grain's own work
/// (a lost notice costs a page a moment of staleness, never data).
/// </summary>
public interface ILivePublisher
{
    void Publish(LiveChange change);
}
