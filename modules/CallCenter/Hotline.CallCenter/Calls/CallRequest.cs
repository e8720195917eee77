namespace Hotline.CallCenter.Calls;

/// <summary>POST /api/call-center/calls: the CTI's incoming-call event (<c>callId</c>, <c>callerNumber</c> required).</summary>
public sealed record CallRequest(string? CallId, string? CallerNumber, string? AgentId);
