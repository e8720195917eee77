using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hotline.Cluster.Tests.Faults;

/// <summary>One HTTP request and what came of it; no answer (connection refused or lost, timed out) is an outcome too, and <see cref="Refused"/> tells a request that never reached a silo.</summary>
public sealed record HttpAttempt(int? Status, JsonElement Body, TimeSpan? RetryAfter, TimeSpan Latency, string? Error = null, bool Refused = false)
{
    /// <summary>Longer than any request should take: one that needs it counts as hung.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public string Outcome => Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no answer";

    public static Task<HttpAttempt> Post(HttpClient http, string path, object body) => Send(ct => http.PostAsJsonAsync(path, body, ct));

    public static Task<HttpAttempt> Get(HttpClient http, string path) => Send(ct => http.GetAsync(path, ct));

    private static async Task<HttpAttempt> Send(Func<CancellationToken, Task<HttpResponseMessage>> send)
    {
        var watch = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            using var response = await send(timeout.Token);
            var text = await response.Content.ReadAsStringAsync(timeout.Token);
            return new HttpAttempt((int)response.StatusCode, Parse(text), response.Headers.RetryAfter?.Delta, watch.Elapsed);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
        {
            // No connection (a stopped or killed silo's closed port): the request never reached a silo.
            var refused = e is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError };
            return new HttpAttempt(null, default, null, watch.Elapsed, $"{e.GetType().Name}: {e.InnerException?.Message ?? e.Message}", refused);
        }
    }

    private static JsonElement Parse(string text)
    {
        try
        {
            return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return default; // a body that is not JSON (e.g. a plain-text health answer): the status says enough
        }
    }
}
