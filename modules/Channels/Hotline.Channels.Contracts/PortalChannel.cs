namespace Hotline.Channels.Contracts;

/// <summary>The owners' portal as a way to be told: its messages page (the <c>web</c> channel's outbound side).</summary>
public static class PortalChannel
{
    /// <summary>The portal's channel id: the <c>channel</c> of the tickets it brings in and of the messages it shows.</summary>
    public const string Id = "web";
}
