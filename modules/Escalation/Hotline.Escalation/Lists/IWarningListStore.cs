namespace Hotline.Escalation.Lists;

/// <summary>The supervisor's warning list: written by the warning grains, read by GET /api/warnings.</summary>
public interface IWarningListStore
{
    /// <summary>Idempotent by version: a replayed or late write changes nothing.</summary>
    Task Upsert(WarningListRow row, CancellationToken ct = default);

    Task<WarningPage> Search(WarningSearch search, CancellationToken ct = default);
}
