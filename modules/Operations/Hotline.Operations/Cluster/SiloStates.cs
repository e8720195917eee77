using Hotline.Operations.Contracts;

namespace Hotline.Operations.Cluster;

/// <summary>Orleans' membership status folded into <see cref="SiloState"/>.</summary>
internal static class SiloStates
{
    public static SiloState Of(SiloStatus status) => status switch
    {
        SiloStatus.Active => SiloState.Active,
        SiloStatus.ShuttingDown or SiloStatus.Stopping => SiloState.ShuttingDown,
        SiloStatus.Dead => SiloState.Dead,
        _ => SiloState.Joining, // None, Created, Joining: not serving yet
    };
}
