namespace Hotline.CallCenter.Contracts;

/// <summary>
/// What registering would do (suggested category and severity, A11.1.1 repeat), nothing done yet. The very code of
/// POST /api/call-center/precheck (the caller of this interface asks that endpoint's access rule first).
/// </summary>
public interface IComplaintPrecheck
{
    Task<Checked<PrecheckAnswer>> Check(PrecheckRequest request, CancellationToken ct = default);
}
