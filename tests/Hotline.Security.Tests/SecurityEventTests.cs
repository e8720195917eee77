using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using Hotline.Security.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Security.Tests;

/// <summary>
/// Issue 10, no security log: failed sign-ins, refusals and rate-limit hits are structured log events without a
/// password or user name, counted on the hotline.security.events counter; and staff API calls have a per-person limit.
/// </summary>
public sealed class SecurityEventTests(HardenedHostFixture fixture) : IClassFixture<HardenedHostFixture>
{
    [Fact]
    public async Task FailedSignIn_IsLoggedAndCountedWithoutThePasswordOrTheName()
    {
        using var counts = new EventCounts(fixture.Host.App.Services.GetRequiredService<IMeterFactory>());

        using var response = await fixture.Host.Anonymous.PostAsJsonAsync("/api/auth/token", new { username = "event-name-7731", password = "event-secret-9182" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, counts.Of("sign-in-failed"));
        var lines = fixture.Log.Lines.Where(l => l.Contains(SecurityEvents.Category, StringComparison.Ordinal)).ToList();
        Assert.Contains(lines, l => l.Contains("sign-in-failed", StringComparison.Ordinal));
        Assert.DoesNotContain(fixture.Log.Lines, l => l.Contains("event-secret-9182", StringComparison.Ordinal) || l.Contains("event-name-7731", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StaffCalls_OverThePerPersonLimit_Answer429AndAreCounted_OthersGoOn()
    {
        using var counts = new EventCounts(fixture.Host.App.Services.GetRequiredService<IMeterFactory>());
        var busy = fixture.Host.ClientAs("cc-agent-2");

        var answers = new List<HttpStatusCode>();
        for (var call = 0; call <= HardenedHostFixture.Burst; call++)
        {
            using var response = await busy.GetAsync($"/api/tickets/{Guid.NewGuid()}");
            answers.Add(response.StatusCode);
        }

        using var someoneElse = await fixture.Host.ClientAs("cc-supervisor").GetAsync("/api/auth/me");
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.OK, someoneElse.StatusCode);
        Assert.Equal(1, counts.Of("rate-limited"));
    }

    [Fact]
    public async Task Refusal_IsCountedAsAccessRefused()
    {
        using var counts = new EventCounts(fixture.Host.App.Services.GetRequiredService<IMeterFactory>());

        using var response = await fixture.Host.ClientAs("harbour-liaison").GetAsync("/api/plugins");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(1, counts.Of("access-refused"));
    }

    /// <summary>Listens to this host's security counter only (its meter factory), summing by the event tag.</summary>
    private sealed class EventCounts : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentDictionary<string, long> _counts = new();

        public EventCounts(IMeterFactory hostMeters)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == SecurityEvents.MeterName && instrument.Name == SecurityEvents.CounterName && instrument.Meter.Scope == hostMeters)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "event" && tag.Value is string name)
                    {
                        _counts.AddOrUpdate(name, value, (_, sum) => sum + value);
                    }
                }
            });
            _listener.Start();
        }

        public long Of(string name) => _counts.GetValueOrDefault(name);

        public void Dispose() => _listener.Dispose();
    }
}
