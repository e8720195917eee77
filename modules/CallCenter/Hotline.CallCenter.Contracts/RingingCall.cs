namespace Hotline.CallCenter.Contracts;

/// <summary>
/// A call the CTI reported for an agent, as the agent's workspace pops it: the caller's number as the CTI gave it (kept
/// in memory only, never stored, unlike the call log's hashed caller) and when Hotline heard of it.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.CallCenter.RingingCall")]
public sealed record RingingCall(
    [property: Id(0)] string CallId,
    [property: Id(1)] string CallerNumber,
    [property: Id(2)] DateTimeOffset ReceivedAt);
