namespace Hotline.CallCenter.Contracts;

/// <summary>
/// The 400 line's calls as the CTI reported them, kept for <c>Hotline:CallCenter:CallLogRetention</c> only. Idempotent by
/// call id: a call reported again answers what was logged first.
/// </summary>
public interface ICallLog
{
    /// <summary>Logs the call once. Null when the call id is already logged for another caller (a CTI fault, not a retry).</summary>
    Task<LoggedCall?> Record(IncomingCall call, CancellationToken ct = default);
}
