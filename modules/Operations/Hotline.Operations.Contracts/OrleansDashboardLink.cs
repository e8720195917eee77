namespace Hotline.Operations.Contracts;

/// <summary>
/// Where the Orleans Dashboard is mounted on this host, or null when <c>Hotline:Operations:DashboardEnabled</c> is false
/// (nothing is mapped then): the cluster page links it only when it is there.
/// </summary>
public sealed record OrleansDashboardLink(string? Address)
{
    public bool Mounted => Address is not null;
}
