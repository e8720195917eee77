using System.Threading.Channels;
using Hotline.Live.Contracts;

namespace Hotline.Reporting.Tests.Support;

/// <summary>The live changes a test subscribed to, one at a time as they come (a deterministic signal, never a sleep).</summary>
public static class Pushed
{
    /// <summary>The next change received; fails after 30 s without one.</summary>
    public static async Task<LiveChange> Next(Channel<LiveChange> changes)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await changes.Reader.ReadAsync(timeout.Token);
    }
}
