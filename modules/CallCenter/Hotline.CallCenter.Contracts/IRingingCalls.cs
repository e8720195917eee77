namespace Hotline.CallCenter.Contracts;

/// <summary>
/// The calls that popped for an agent lately, newest first (in memory: a silo restart forgets them, which costs only a
/// pop). Told by POST /api/call-center/calls, read by the agent's workspace when the call's live notice arrives.
/// </summary>
public interface IRingingCalls
{
    Task<IReadOnlyList<RingingCall>> For(string agentId);
}
