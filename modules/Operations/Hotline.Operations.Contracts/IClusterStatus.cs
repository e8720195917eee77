namespace Hotline.Operations.Contracts;

/// <summary>The operators' view of the cluster (issue 13's "Cluster"), read on demand; the console's page and the API call this.</summary>
public interface IClusterStatus
{
    Task<ClusterStatus> Read(ClusterStatusQuery query, CancellationToken ct = default);
}
