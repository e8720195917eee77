using System.Text.Json;
using Hotline.Plugins.Abstractions;

namespace Hotline.Channels.Tests.Support;

/// <summary>
/// A test intake channel registered in DI: reads <c>{"messageId","from","text"}</c> like a simple provider (and
/// <c>"files": [{"name","type","base64"}]</c> as the message's attachments), and throws
/// from Parse while <see cref="Broken"/> is set (a plugin with a bug, fixed later by a new version).
/// </summary>
public sealed class FlakyChannel(string id) : IIntakeChannel
{
    private volatile bool _broken;

    public bool Broken
    {
        get => _broken;
        set => _broken = value;
    }

    public string Id => id;

    public IReadOnlyList<InboundEndpoint> Endpoints { get; } = [new("in", 4096)];

    public InboundParse Parse(InboundRequest request)
    {
        if (Broken)
        {
            throw new InvalidOperationException("the test channel is broken (owner text 13800000000 must not reach the error column)");
        }

        using var json = JsonDocument.Parse(request.Body);
        var root = json.RootElement;
        var files = root.TryGetProperty("files", out var list)
            ? [.. list.EnumerateArray().Select(f => new InboundAttachment(
                f.GetProperty("name").GetString()!, f.GetProperty("type").GetString()!, Convert.FromBase64String(f.GetProperty("base64").GetString()!)))]
            : new List<InboundAttachment>();
        return InboundParse.Of(new InboundMessage(
            root.GetProperty("messageId").GetString()!, new OwnerAddress(root.GetProperty("from").GetString()), root.GetProperty("text").GetString()!, request.ReceivedAt)
        {
            Attachments = files,
        });
    }

    public Task<ChannelResult> Send(OwnerMessage message, CancellationToken cancellationToken) => Task.FromResult(ChannelResult.Delivered);
}
