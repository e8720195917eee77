namespace Hotline.Host.Storage;

/// <summary>
/// How long the supervisor waits before each attempt to restart the embedded server: 1 s, doubling up to 30 s.
/// The first wait also gives the dead server's leftover backends a moment to exit and release its shared memory.
/// </summary>
internal static class RestartBackOff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    public static TimeSpan Next(TimeSpan current) => current * 2 < Longest ? current * 2 : Longest;
}
