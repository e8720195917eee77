namespace Hotline.Plugins.Abstractions;

/// <summary>One stored webhook request, exactly as received, handed to <see cref="IIntakeChannel.Parse"/>.</summary>
/// <param name="Path">Which of the channel's <see cref="InboundEndpoint.Path"/> received it.</param>
/// <param name="ContentType">The request's content type, or null.</param>
/// <param name="Body">The raw body.</param>
/// <param name="Headers">The request headers the host keeps (names lower-case; the signature headers are not among them).</param>
/// <param name="ReceivedAt">When the host received it.</param>
public sealed record InboundRequest(
    string Path,
    string? ContentType,
    ReadOnlyMemory<byte> Body,
    IReadOnlyDictionary<string, string> Headers,
    DateTimeOffset ReceivedAt);
