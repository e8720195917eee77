namespace Hotline.Channels.Inbound;

/// <summary><c>Hotline:Channels:PerSender</c>: at most <see cref="PermitLimit"/> messages per sender every <see cref="WindowSeconds"/>.</summary>
public sealed class SenderLimit
{
    public int PermitLimit { get; set; } = 20;

    public int WindowSeconds { get; set; } = 60;
}
