namespace Hotline.CallCenter.Contracts;

/// <summary>
/// Who is calling: the households matching a phone or an address, with their open and recent tickets. The very code of
/// GET /api/call-center/owners (the caller of this interface asks that endpoint's access rule first).
/// </summary>
public interface IOwnerSearch
{
    Task<Checked<OwnerLookup>> Find(OwnerQuery query, CancellationToken ct = default);
}
