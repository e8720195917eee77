namespace Hotline.Channels.Inbound;

/// <summary>
/// A fixed window held in memory: a flood guard, not a ledger, so nothing is written per message. Lost only with its
/// silo (the sender then starts a fresh window); while a window runs the activation is kept alive to its end.
/// </summary>
public sealed class SenderWindowGrain(TimeProvider time) : Grain, ISenderWindowGrain
{
    private DateTimeOffset _start;
    private int _count;

    public Task<int> TryEnter(int permitLimit, int windowSeconds)
    {
        var now = time.GetUtcNow();
        var window = TimeSpan.FromSeconds(windowSeconds);
        if (_count == 0 || now >= _start + window)
        {
            (_start, _count) = (now, 0);
        }

        var left = _start + window - now;
        DelayDeactivation(left);
        if (_count < permitLimit)
        {
            _count++;
            return Task.FromResult(0);
        }

        return Task.FromResult((int)Math.Max(1, Math.Ceiling(left.TotalSeconds)));
    }
}
