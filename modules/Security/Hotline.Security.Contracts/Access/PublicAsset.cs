namespace Hotline.Security.Contracts.Access;

/// <summary>
/// Endpoint metadata: a static file anyone may fetch (the console's style sheet, the framework's script). The access
/// middleware admits such an endpoint without a rule; only files built into the host carry it.
/// </summary>
public sealed class PublicAsset
{
    public static PublicAsset Instance { get; } = new();
}
