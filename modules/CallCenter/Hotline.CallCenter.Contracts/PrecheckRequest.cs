namespace Hotline.CallCenter.Contracts;

/// <summary>
/// POST /api/call-center/precheck: what the agent is about to register (fields as <c>POST /api/tickets</c> names them;
/// <c>projectId</c>, <c>kind</c> and <c>text</c> required).
/// </summary>
public sealed record PrecheckRequest(string? ProjectId, string? Household, string? Kind, string? Text, string? Category, string? Location);
