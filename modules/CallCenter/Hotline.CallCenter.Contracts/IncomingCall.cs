namespace Hotline.CallCenter.Contracts;

/// <summary>
/// A call the CTI reported: its id in the telephony system, the caller's number as the CTI gave it, the agent it says
/// took the call (if it says), the person whose client reported it, and when Hotline heard of it.
/// </summary>
public sealed record IncomingCall(string CallId, string CallerNumber, string? AgentId, string ReportedBy, DateTimeOffset At);
