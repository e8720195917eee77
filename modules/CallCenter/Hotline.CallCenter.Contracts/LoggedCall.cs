using Hotline.Kernel;

namespace Hotline.CallCenter.Contracts;

/// <summary>
/// A call as the call log keeps it: the caller as an owner actor (<see cref="OwnerActors"/>, never the number), when it
/// was first reported, and whether this report repeated one already logged.
/// </summary>
public sealed record LoggedCall(string CallId, Actor Caller, string? AgentId, DateTimeOffset ReceivedAt, bool Repeated);
