using Hotline.CallCenter.Contracts;

namespace Hotline.CallCenter.Ringing;

/// <summary><see cref="IRingingCalls"/> from each agent's <see cref="IRingingCallsGrain"/>.</summary>
public sealed class RingingCalls(IGrainFactory grains) : IRingingCalls
{
    public async Task<IReadOnlyList<RingingCall>> For(string agentId) =>
        await grains.GetGrain<IRingingCallsGrain>(agentId).Recent();
}
