namespace Hotline.Live.Contracts;

/// <summary>
/// The changes published anywhere in the cluster, delivered to subscribers in this process (a console circuit).
/// <paramref name="wanted"/> runs first, cheaply, on every change; <paramref name="onChange"/> only for wanted ones.
/// Dispose the subscription when the page goes away.
/// </summary>
public interface ILiveChanges
{
    IDisposable Subscribe(Func<LiveChange, bool> wanted, Func<LiveChange, Task> onChange);
}
