using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Hotline.TestKit;

/// <summary>
/// The shared test client signs each request in as the person it names, the way that person's own client
/// would: <c>?personId=</c>, else the JSON body's <c>personId</c> / <c>registeredBy</c>; a request naming nobody
/// goes as an agent when it registers a ticket and as the system administrator otherwise.
/// With a fixed person every request goes as them. A request that already carries an Authorization header
/// is left alone. Tokens are minted per request: the tests' clock moves on by days, past any token's lifetime.
/// </summary>
public sealed class ActAsNamedPersonHandler(Func<string, string> tokenFor, string? fixedPerson = null) : DelegatingHandler(new HttpClientHandler())
{
    public const string DefaultRegistrar = "cc-agent-1";
    public const string DefaultPerson = "admin";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is null)
        {
            var person = fixedPerson ?? PersonInQuery(request.RequestUri) ?? await PersonInBody(request) ?? DefaultFor(request);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokenFor(person));
        }

        return await base.SendAsync(request, cancellationToken);
    }

    private static string DefaultFor(HttpRequestMessage request) =>
        request.Method == HttpMethod.Post && request.RequestUri?.AbsolutePath.TrimEnd('/') == "/api/tickets" ? DefaultRegistrar : DefaultPerson;

    private static string? PersonInQuery(Uri? uri) => uri?.Query.TrimStart('?').Split('&')
        .Select(pair => pair.Split('=', 2))
        .Where(pair => pair.Length == 2 && pair[0] == "personId" && pair[1].Length > 0)
        .Select(pair => Uri.UnescapeDataString(pair[1]))
        .FirstOrDefault();

    private static async Task<string?> PersonInBody(HttpRequestMessage request)
    {
        if (request.Content?.Headers.ContentType?.MediaType?.Contains("json") != true)
        {
            return null;
        }

        // Reading the body consumes it: put an identical one back before sending.
        var text = await request.Content.ReadAsStringAsync();
        var contentType = request.Content.Headers.ContentType;
        request.Content = new StringContent(text, Encoding.UTF8);
        request.Content.Headers.ContentType = contentType;
        try
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.ValueKind == JsonValueKind.Object
                && (json.RootElement.TryGetProperty("personId", out var named) || json.RootElement.TryGetProperty("registeredBy", out named))
                && named.ValueKind == JsonValueKind.String && named.GetString() is { Length: > 0 } person
                    ? person
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
