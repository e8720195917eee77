using Hotline.CallCenter.Contracts;

namespace Hotline.CallCenter.Ringing;

/// <summary>One agent's recent calls (keyed by the agent's person id), in memory only.</summary>
[Alias("Hotline.CallCenter.IRingingCallsGrain")]
public interface IRingingCallsGrain : IGrainWithStringKey
{
    Task Ring(RingingCall call);

    Task<RingingCall[]> Recent();
}
