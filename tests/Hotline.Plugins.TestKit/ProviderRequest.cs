using System.Net;

namespace Hotline.Plugins.TestKit;

/// <summary>One request a <see cref="FakeProviderServer"/> received, and the status it answered.</summary>
/// <param name="Method">The HTTP method, e.g. <c>POST</c>.</param>
/// <param name="Path">The path and query, e.g. <c>/chat/send</c>.</param>
/// <param name="Headers">The headers, names lower case (several values joined by ',').</param>
/// <param name="Body">The body read as UTF-8.</param>
/// <param name="Answered">The status the server answered.</param>
public sealed record ProviderRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, HttpStatusCode Answered)
{
    /// <summary>The header's value, or null; <paramref name="name"/> in any case.</summary>
    public string? Header(string name) => Headers.GetValueOrDefault(name.ToLowerInvariant());
}
