namespace Hotline.Channels.DevGateway;

/// <summary>What the SMS gateway plugin posts: <c>{"messageId","to","text"}</c>.</summary>
public sealed record DevSmsRequest(string? MessageId, string? To, string? Text);
