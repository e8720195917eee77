using Hotline.Channels.Inbound;

namespace Hotline.Channels.Contacts;

/// <summary>The matched contact and what became of each message that waited for it.</summary>
public sealed record MatchContactResult(UnverifiedContact Contact, IReadOnlyList<InboundView> Messages);
