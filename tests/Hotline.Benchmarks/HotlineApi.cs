using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hotline.Benchmarks;

/// <summary>The public HTTP API as one signed-in person uses it (one bearer token): tickets for the agent, reports for QualityDept and a liaison.</summary>
public sealed class HotlineApi : IDisposable
{
    private readonly HttpClient _http;

    public HotlineApi(Uri address)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) };
        _http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(120) };
    }

    /// <summary>Ids of registered tickets, kept up to a bound, for the memory probe.</summary>
    public ConcurrentQueue<Guid> Registered { get; } = new();

    public int KeepIds { get; set; }

    /// <summary>Where registrations go, in turn (several silos of one cluster); empty: the client's own address.</summary>
    public IReadOnlyList<Uri> RegisterAt { get; init; } = [];

    private uint _turn;

    /// <summary>Failed registrations by HTTP status or exception type, for the run's notes.</summary>
    public ConcurrentDictionary<string, int> Failures { get; } = new();

    private int _created;

    /// <summary>Tickets this client created, whether measured or preloaded: the volume.</summary>
    public int Created => Volatile.Read(ref _created);

    public async Task SignInAsync(string username, string password, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync("api/auth/token", new { username, password }, ct);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
    }

    /// <summary>One registration; true when the ticket was created (201). Anything else counts as an error, never as a result.</summary>
    public async Task<bool> RegisterAsync(object registration, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync(Tickets(), registration, ct);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            Failures.AddOrUpdate($"HTTP {(int)response.StatusCode}", 1, (_, n) => n + 1);
            return false;
        }

        Interlocked.Increment(ref _created);
        if (Registered.Count < KeepIds && response.Headers.Location is { } location && Guid.TryParse(location.OriginalString.Split('/')[^1], out var id))
        {
            Registered.Enqueue(id);
        }

        return true;
    }

    /// <summary>One registration that must be created (201); answers the new ticket's id.</summary>
    public async Task<Guid> RegisterOneAsync(object registration, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync("api/tickets", registration, ct);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"registration answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        }

        Interlocked.Increment(ref _created);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    /// <summary><c>POST /api/tickets/{id}/{command}</c> with <paramref name="body"/>; throws unless answered 200.</summary>
    public async Task CommandAsync(Guid id, string command, object body, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync($"api/tickets/{id}/{command}", body, ct);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{command} on {id} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        }
    }

    public async Task<bool> GetTicketAsync(Guid id, CancellationToken ct)
    {
        using var response = await _http.GetAsync($"api/tickets/{id}", ct);
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>The first page of a text search over the whole list; throws unless answered 200.</summary>
    public async Task SearchAsync(string q, CancellationToken ct)
    {
        using var response = await _http.GetAsync($"api/tickets?q={Uri.EscapeDataString(q)}", ct);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync(ct);
    }

    /// <summary>Any call, answered or not: the status and the whole body (a POST sends an empty JSON object).</summary>
    public async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpMethod method, string path, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        if (method == HttpMethod.Post)
        {
            request.Content = JsonContent.Create(new { });
        }

        using var response = await _http.SendAsync(request, ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    public void Dispose() => _http.Dispose();

    private Uri Tickets() =>
        RegisterAt.Count == 0
            ? new Uri("api/tickets", UriKind.Relative)
            : new Uri(RegisterAt[(int)(Interlocked.Increment(ref _turn) % (uint)RegisterAt.Count)], "api/tickets");
}
