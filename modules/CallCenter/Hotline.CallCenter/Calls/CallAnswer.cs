using Hotline.CallCenter.Contracts;

namespace Hotline.CallCenter.Calls;

/// <summary>
/// What the softphone shows as the call rings: when the call was first reported (a repeated event answers the first
/// one's time, <see cref="Repeated"/> true), and the caller's households with their tickets, read now.
/// </summary>
public sealed record CallAnswer(string CallId, DateTimeOffset ReceivedAt, bool Repeated, string? AgentId, IReadOnlyList<HouseholdRecord> Households);
