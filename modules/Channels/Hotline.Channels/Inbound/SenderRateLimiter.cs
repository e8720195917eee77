namespace Hotline.Channels.Inbound;

/// <summary>
/// <c>Hotline:Channels:PerSender</c>: a fixed window per (channel, sender) shared by every silo (one
/// <see cref="ISenderWindowGrain"/> each), checked after parsing, so one owner (or one spoofed number behind an honest
/// gateway) cannot flood the line by reaching several silos; the gateway's address has its own limit.
/// </summary>
public sealed class SenderRateLimiter(InboundOptions options, IGrainFactory grains)
{
    /// <summary>0 when the sender may send now; else the seconds to wait.</summary>
    public Task<int> Wait(string channel, string sender) =>
        grains.GetGrain<ISenderWindowGrain>($"{channel}\n{sender}").TryEnter(options.PerSender.PermitLimit, options.PerSender.WindowSeconds);
}
