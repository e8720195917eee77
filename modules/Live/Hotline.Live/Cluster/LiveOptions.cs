namespace Hotline.Live.Cluster;

/// <summary>Hotline:Live settings.</summary>
public sealed class LiveOptions
{
    /// <summary>How often each silo re-joins the directory: bounds how long a re-activated directory stays incomplete.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(10);
}
