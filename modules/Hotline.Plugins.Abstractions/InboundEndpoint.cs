namespace Hotline.Plugins.Abstractions;

/// <summary>
/// One webhook of an intake channel: <c>POST /channels/{channel}/{Path}</c>. <paramref name="Path"/> is relative,
/// lower-case segments of <c>[a-z0-9-]</c> separated by '/', e.g. <c>messages</c> or <c>receipts</c>.
/// </summary>
/// <param name="Path">The path under the channel's prefix.</param>
/// <param name="MaxBodyBytes">The largest body accepted (a larger one is a 413 and stored as nothing); at most the host's own limit.</param>
public sealed record InboundEndpoint(string Path, int MaxBodyBytes = 64 * 1024);
