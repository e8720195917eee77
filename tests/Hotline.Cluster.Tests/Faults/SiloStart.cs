namespace Hotline.Cluster.Tests.Faults;

/// <summary>
/// A silo's start, from its process start: its membership row listed (start-up done, joining begins), Active in the
/// membership table, the host's "running" line, and /health/ready 200.
/// </summary>
public sealed record SiloStart(TimeSpan? Listed, TimeSpan? Active, TimeSpan Running, TimeSpan Ready)
{
    /// <summary>From listed to Active: the join that membership settings bound (null when either was not seen).</summary>
    public TimeSpan? Join => Active - Listed;
}
