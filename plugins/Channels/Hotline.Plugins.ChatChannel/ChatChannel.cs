using Hotline.Plugins.Abstractions;
using Microsoft.Extensions.Logging;

namespace Hotline.Plugins.ChatChannel;

/// <summary>
/// The owners' door <c>chat</c>: a chat platform's service account. The platform posts each message an owner writes to
/// <c>/channels/chat/messages</c> (read by <see cref="ChatMessageReader"/>); Hotline's messages to the owner go to the
/// platform's send API (<see cref="ChatSender"/>). Holds no state but its HTTP client, so it is thread-safe.
/// </summary>
public sealed class ChatChannel(ChatChannelOptions options, ILogger<ChatChannel> logger) : IIntakeChannel, IDisposable
{
    public const string ChannelId = "chat";
    public const string MessagesPath = "messages";

    // Three pictures of ~250 KB as base64 fit; the host's own body limit (1 MiB by default) is the ceiling.
    private const int MaxBodyBytes = 1024 * 1024;

    private readonly ChatSender _sender = new(options, logger);

    public string Id => ChannelId;

    public IReadOnlyList<InboundEndpoint> Endpoints { get; } = [new(MessagesPath, MaxBodyBytes)];

    public InboundParse Parse(InboundRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Path == MessagesPath
            ? ChatMessageReader.Read(request.Body)
            : InboundParse.Refuse("path", $"the chat channel has no endpoint '{request.Path}'");
    }

    public Task<ChannelResult> Send(OwnerMessage message, CancellationToken cancellationToken) => _sender.Send(message, cancellationToken);

    public void Dispose() => _sender.Dispose();
}
