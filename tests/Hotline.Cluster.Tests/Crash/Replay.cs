using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hotline.Cluster.Tests.Crash;

/// <summary>An HTTP answer kept as status and JSON body.</summary>
public sealed record Answer(HttpStatusCode Status, JsonElement Body, int Attempts);

/// <summary>
/// Sends one request, or sends it again and again until the wanted status, while the cluster notices a
/// dead silo: connection failures, timeouts and 5xx are retried; any other answer is final.
/// </summary>
public static class Replay
{
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(500);

    /// <summary>One attempt; null when the request did not get an answer (connection lost, timed out).</summary>
    public static async Task<Answer?> Once(HttpClient http, string path, object? body, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? AttemptTimeout);
        try
        {
            using var response = body is null
                ? await http.GetAsync(path, cts.Token)
                : await http.PostAsJsonAsync(path, body, cts.Token);
            var text = await response.Content.ReadAsStringAsync(cts.Token);
            var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
            return new Answer(response.StatusCode, json, 1);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
        {
            return null;
        }
    }

    /// <summary>Retries until <paramref name="wanted"/>; throws with the last answer on a final non-wanted answer or at <paramref name="deadline"/>.</summary>
    public static async Task<Answer> Until(HttpClient http, string path, object? body, HttpStatusCode wanted, DateTime deadline)
    {
        var last = "no answer";
        for (var attempt = 1; ; attempt++)
        {
            var answer = await Once(http, path, body);
            if (answer?.Status == wanted)
            {
                return answer with { Attempts = attempt };
            }

            if (answer is not null)
            {
                last = $"{(int)answer.Status} {answer.Body}";
                if ((int)answer.Status < 500)
                {
                    throw new InvalidOperationException($"{(body is null ? "GET" : "POST")} {path}: final answer {last} (attempt {attempt}), wanted {(int)wanted}");
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{(body is null ? "GET" : "POST")} {path}: no {(int)wanted} by the deadline after {attempt} attempts; last: {last}");
            }

            await Task.Delay(Pause);
        }
    }
}
