using System.Collections.Immutable;

namespace Hotline.Tickets.Dispatch;

/// <summary>
/// Round-robin's turn within one project and category (key <see cref="DispatchTurnKeys.For"/>): it remembers only the last
/// handler given, so its state stays one id however many tickets pass.
/// </summary>
[Alias("Hotline.Tickets.IDispatchTurnGrain")]
public interface IDispatchTurnGrain : IGrainWithStringKey
{
    /// <summary>The first of <paramref name="candidates"/> (ordinal order) after the last one given, wrapping round; null when there are none.</summary>
    [Alias("Next")]
    Task<string?> Next(ImmutableArray<string> candidates);
}
