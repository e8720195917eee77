namespace Hotline.CallCenter.Contracts;

/// <summary>GET /api/call-center/owners: by the caller's <c>phone</c>, or by <c>projectId</c>, <c>building</c>, <c>unit</c>, <c>room</c>.</summary>
public sealed record OwnerQuery(string? Phone, string? ProjectId, string? Building, string? Unit, string? Room);
