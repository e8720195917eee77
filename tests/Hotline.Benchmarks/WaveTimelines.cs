using System.Text.Json;

namespace Hotline.Benchmarks;

/// <summary>
/// Reads the wave back from what Hotline stored: each ticket's start clock (due time, breach recorded at) and the number
/// of "breach" timeline entries naming it, through <c>GET /api/tickets/{id}/timeline</c>, 16 at a time (a 503 is asked again every 2 s, 5 minutes at most).
/// </summary>
public static class WaveTimelines
{
    public static async Task<WaveSample[]> ReadAsync(HotlineApi api, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var samples = new WaveSample[ids.Count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < ids.Count)
            {
                var (status, body) = await api.SendAsync(HttpMethod.Get, $"api/tickets/{ids[i]}/timeline", ct);
                // 503 is the host saying "storage busy, ask again" (the 100,000 wave's retry storm answered it and broke
                // the run before any figure was read): a reader asks again, as a client honouring Retry-After does.
                for (var wait = 0; status == System.Net.HttpStatusCode.ServiceUnavailable && wait < 300; wait += 2)
                {
                    await Task.Delay(TimeSpan.FromSeconds(2), ct);
                    (status, body) = await api.SendAsync(HttpMethod.Get, $"api/tickets/{ids[i]}/timeline", ct);
                }

                if (status != System.Net.HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"timeline of ticket {ids[i]} answered {(int)status}");
                }

                samples[i] = StartClock(body);
            }
        }, ct)));
        return samples;
    }

    /// <summary>The start clock of one timeline answer (enums are written as names by the host's JSON options).</summary>
    public static WaveSample StartClock(string timelineJson)
    {
        using var document = JsonDocument.Parse(timelineJson);
        var root = document.RootElement;
        var clock = root.GetProperty("clocks").EnumerateArray().First(c => c.GetProperty("kind").GetString() == "Start");
        var recorded = clock.GetProperty("breachRecordedAt") is { ValueKind: JsonValueKind.String } at ? at.GetDateTimeOffset() : (DateTimeOffset?)null;
        var entries = root.GetProperty("entries").EnumerateArray().Count(e =>
            e.GetProperty("action").GetString() == "breach"
            && (e.GetProperty("note").GetString() ?? "").Split(", ").Contains("Start"));
        return new WaveSample(clock.GetProperty("dueAt").GetDateTimeOffset(), recorded, entries);
    }
}
