namespace Hotline.Security.Contracts.Access;

/// <summary>
/// The access policy's decision: allowed (with the <see cref="Caller"/> the endpoint would see) or refused, why, and,
/// for the security log, <see cref="LogReason"/> (null when the refusal is not worth recording, e.g. a missing ticket).
/// </summary>
public sealed record AccessAnswer(AccessOutcome Outcome, Caller? Caller = null, string? Detail = null, string? Field = null, string? LogReason = null)
{
    public bool Allowed => Outcome == AccessOutcome.Allowed;
}
