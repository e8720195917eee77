using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Hotline.TestKit;

/// <summary>
/// A TCP relay in front of the test database, so one host can lose the database while the others keep it. Closed, it
/// cuts every relayed connection and hangs up on new ones at once (the client sees a broken or refused connection, as
/// when the database server goes away); opened, it relays again. Loopback only.
/// </summary>
public sealed class DatabaseGate : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _relayed = [];
    private readonly string _host;
    private readonly int _port;
    private readonly Task _accepting;
    private bool _open = true;

    public DatabaseGate(string connectionString)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        (_host, _port) = (target.Host!, target.Port);
        _listener.Start();
        ConnectionString = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Host = "127.0.0.1", Port = ((IPEndPoint)_listener.LocalEndpoint).Port,
        }.ConnectionString;
        _accepting = Accept();
    }

    /// <summary>The same database, reached through the gate.</summary>
    public string ConnectionString { get; }

    /// <summary>Cuts every connection through the gate and refuses new ones until <see cref="Open"/>.</summary>
    public void Close()
    {
        lock (_relayed)
        {
            _open = false;
            _relayed.ForEach(c => c.Dispose());
            _relayed.Clear();
        }
    }

    public void Open()
    {
        lock (_relayed)
        {
            _open = true;
        }
    }

    private async Task Accept()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = Relay(client);
        }
    }

    private async Task Relay(TcpClient client)
    {
        var server = new TcpClient();
        lock (_relayed)
        {
            if (!_open)
            {
                client.Dispose();
                server.Dispose();
                return;
            }

            _relayed.Add(client);
            _relayed.Add(server);
        }

        try
        {
            await server.ConnectAsync(_host, _port, _stop.Token);
            var (a, b) = (client.GetStream(), server.GetStream());
            await Task.WhenAny(a.CopyToAsync(b, _stop.Token), b.CopyToAsync(a, _stop.Token));
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The gate was closed or the test is over: the connection ends, which is the point.
        }
        finally
        {
            client.Dispose();
            server.Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Close();
        await _accepting;
        _stop.Dispose();
    }
}
