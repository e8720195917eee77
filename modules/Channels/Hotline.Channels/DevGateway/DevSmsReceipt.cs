namespace Hotline.Channels.DevGateway;

/// <summary>The development gateway's answer: the message id, and whether it had it already (a retry).</summary>
public sealed record DevSmsReceipt(string MessageId, bool Duplicate);
