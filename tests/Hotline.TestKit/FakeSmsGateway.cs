using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;

namespace Hotline.TestKit;

/// <summary>An HTTP SMS gateway on a free loopback port: keeps every request, and fails the next ones of a phone on request.</summary>
public sealed class FakeSmsGateway : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, (int Times, HttpStatusCode Status)> _failures = new();
    private readonly ConcurrentQueue<Request> _requests = new();
    private readonly Task _loop;

    public FakeSmsGateway()
    {
        Url = $"http://127.0.0.1:{FreePort.Next()}/sms/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    public string Url { get; }

    /// <summary>Every request, failed ones included, in arrival order.</summary>
    public IReadOnlyList<Request> Requests => [.. _requests];

    /// <summary>The requests answered 200.</summary>
    public IReadOnlyList<Request> Accepted => [.. _requests.Where(r => r.Answered == HttpStatusCode.OK)];

    public void FailNext(string phone, int times, HttpStatusCode status = HttpStatusCode.ServiceUnavailable) =>
        _failures[phone] = (times, status);

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = await JsonDocument.ParseAsync(context.Request.InputStream);
            var to = body.RootElement.GetProperty("to").GetString()!;
            var status = HttpStatusCode.OK;
            if (_failures.TryGetValue(to, out var failure) && failure.Times > 0)
            {
                _failures[to] = (failure.Times - 1, failure.Status);
                status = failure.Status;
            }

            _requests.Enqueue(new Request(
                body.RootElement.GetProperty("messageId").GetString()!, to, body.RootElement.GetProperty("text").GetString()!,
                context.Request.Headers["X-Api-Key"], context.Request.Headers["Idempotency-Key"], status));
            context.Response.StatusCode = (int)status;
            context.Response.Close();
        }
    }

    public sealed record Request(string MessageId, string To, string Text, string? ApiKey, string? IdempotencyKey, HttpStatusCode Answered);
}
