using System.Collections.Concurrent;
using System.Net;
using Hotline.TestKit;

namespace Hotline.Observability.Tests.Tracing;

/// <summary>
/// A collector for the test: OTLP over HTTP (protobuf) at <see cref="Endpoint"/>, which the host's own tracing settings
/// point at (Hotline:Tracing:OtlpEndpoint, OtlpProtocol HttpProtobuf). It keeps every span the host exports.
/// </summary>
public sealed class OtlpReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<ExportedSpan> _spans = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public OtlpReceiver()
    {
        var prefix = $"http://127.0.0.1:{FreePort.Next()}/";
        _listener.Prefixes.Add(prefix);
        _listener.Start();
        Endpoint = new Uri(prefix + "v1/traces");
        _ = Task.Run(ReceiveAsync);
    }

    public Uri Endpoint { get; }

    public IReadOnlyList<ExportedSpan> Spans => [.. _spans];

    /// <summary>
    /// Waits for the exports until the spans received so far satisfy <paramref name="found"/> (the host exports in
    /// batches, every few seconds). The bound is a liveness bound only: the wait ends at the export that brings them.
    /// </summary>
    public async Task<T> WaitFor<T>(Func<IReadOnlyList<ExportedSpan>, T?> found, TimeSpan bound) where T : class
    {
        var deadline = DateTime.UtcNow + bound;
        while (true)
        {
            if (found([.. _spans]) is { } result)
            {
                return result;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _arrived.WaitAsync(left))
            {
                throw new TimeoutException($"not among the {_spans.Count} spans exported within {bound}:\n{string.Join("\n", _spans.TakeLast(40))}");
            }
        }
    }

    private async Task ReceiveAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            foreach (var span in OtlpTraces.Parse(body.ToArray()))
            {
                _spans.Enqueue(span);
            }

            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
            _arrived.Release();
        }
    }

    public void Dispose()
    {
        _listener.Close();
        _arrived.Dispose();
    }
}
