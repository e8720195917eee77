namespace Hotline.Channels.Contracts;

/// <summary>A page of portal messages, newest first; <see cref="Next"/> (pass as <c>before</c>) is null on the last page.</summary>
public sealed record PortalMessagePage(IReadOnlyList<PortalMessage> Messages, string? Next);
