using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Hotline.Plugins.TestKit;

/// <summary>
/// A provider's HTTP API on a free loopback port, for testing a channel's <c>Send</c>: keeps every request and answers
/// the statuses queued with <see cref="AnswerNext"/>, then 200 with <c>{}</c>. A request is recorded before it is
/// answered, so it is in <see cref="Requests"/> as soon as the channel's call returns.
/// </summary>
public sealed class FakeProviderServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<(HttpStatusCode Status, string Body)> _answers = new();
    private readonly ConcurrentQueue<ProviderRequest> _requests = new();
    private readonly Task _loop;

    /// <param name="path">The path the server listens under, e.g. <c>/chat/send/</c>.</param>
    public FakeProviderServer(string path = "/")
    {
        // HttpListener prefixes end with '/'; the URL is the prefix itself.
        var segment = path.Trim('/');
        Url = segment.Length == 0 ? $"http://127.0.0.1:{FreePort()}/" : $"http://127.0.0.1:{FreePort()}/{segment}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _loop = Task.Run(Serve);
    }

    /// <summary>The URL to configure as the provider's address (ends with '/').</summary>
    public string Url { get; }

    /// <summary>Every request, in arrival order.</summary>
    public IReadOnlyList<ProviderRequest> Requests => [.. _requests];

    /// <summary>A loopback URL nobody listens on: a send to it fails with "connection refused".</summary>
    public static string RefusingUrl(string path = "/") => $"http://127.0.0.1:{FreePort()}/{path.TrimStart('/')}";

    /// <summary>Answers the next request with <paramref name="status"/> and <paramref name="body"/>.</summary>
    public void AnswerNext(HttpStatusCode status, string body = "{}") => _answers.Enqueue((status, body));

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

    // A port the system just handed out and nobody holds now.
    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
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

            var request = context.Request;
            using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var headers = request.Headers.AllKeys.OfType<string>()
                .ToDictionary(name => name.ToLowerInvariant(), name => request.Headers[name] ?? string.Empty);
            var (status, answer) = _answers.TryDequeue(out var next) ? next : (HttpStatusCode.OK, "{}");
            _requests.Enqueue(new ProviderRequest(request.HttpMethod, request.Url?.PathAndQuery ?? "/", headers, body, status));
            context.Response.StatusCode = (int)status;
            context.Response.ContentType = "application/json";
            var bytes = Encoding.UTF8.GetBytes(answer);
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
