namespace Hotline.Channels.Inbound;

/// <summary>
/// The per-sender limit's window for one (channel, sender), keyed <c>{channel}\n{sender}</c>: one activation in the
/// cluster, so a sender's messages count together whichever silo the gateway reached.
/// </summary>
[Alias("Hotline.Channels.ISenderWindowGrain")]
public interface ISenderWindowGrain : IGrainWithStringKey
{
    /// <summary>0 when one more message is admitted now; else the seconds until the window ends.</summary>
    [Alias("TryEnter")]
    Task<int> TryEnter(int permitLimit, int windowSeconds);
}
