namespace Hotline.Plugins.Abstractions;

/// <summary>One message for one person on one channel.</summary>
/// <param name="MessageId">Stable per (event, person, channel): the idempotency key.</param>
/// <param name="PersonId">The recipient's person id.</param>
/// <param name="Phone">The recipient's phone from the organisation, or null when none is known. Never log it unmasked (<c>PersonalDataMask</c>).</param>
/// <param name="Text">The message, in the platform's language.</param>
/// <param name="At">When the event happened.</param>
public sealed record ChannelMessage(string MessageId, string PersonId, string? Phone, string Text, DateTimeOffset At);
