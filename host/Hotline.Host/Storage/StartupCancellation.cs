namespace Hotline.Host.Storage;

/// <summary>
/// Ctrl+C before the host runs (e.g. while waiting for the database) cancels the start quietly.
/// Disposing it hands Ctrl+C back to the host's own lifetime.
/// </summary>
internal sealed class StartupCancellation : IDisposable
{
    private readonly CancellationTokenSource _source = new();

    private StartupCancellation() => Console.CancelKeyPress += OnCancel;

    public CancellationToken Token => _source.Token;

    public static StartupCancellation Create() => new();

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancel;
        _source.Dispose();
    }

    private void OnCancel(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = true;
        _source.Cancel();
    }
}
