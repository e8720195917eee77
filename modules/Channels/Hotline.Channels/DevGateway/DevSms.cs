namespace Hotline.Channels.DevGateway;

/// <summary>One SMS the development gateway received (GET /api/channels/dev-outbox): the whole number, since it is test data.</summary>
public sealed record DevSms(string MessageId, string To, string Text, DateTimeOffset ReceivedAt);
