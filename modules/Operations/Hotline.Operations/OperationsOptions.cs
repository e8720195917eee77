using System.ComponentModel.DataAnnotations;

namespace Hotline.Operations;

/// <summary>The operators' settings (section <c>Hotline:Operations</c>), checked at start naming the key.</summary>
public sealed class OperationsOptions
{
    public const string SectionName = "Hotline:Operations";

    /// <summary>The Orleans Dashboard at /dashboard, for the administrator signed in to the console. Off: nothing is mapped.</summary>
    public bool DashboardEnabled { get; set; } = true;

    /// <summary>How often the dashboard samples the silos' counters (its own default is one second).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan DashboardUpdateInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The storage round trip of the cluster status gives up after this long and reports the database unreachable.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan StorageProbeTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
