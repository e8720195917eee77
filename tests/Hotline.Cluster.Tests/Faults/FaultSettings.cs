namespace Hotline.Cluster.Tests.Faults;

/// <summary>
/// The silos' settings for a fault run: the start limit is 20 s of plain time (no duty window), so the tickets the
/// driver leaves unstarted fall due during the run, some while a fault lasts; the per-person API limit is off (the
/// driver is one agent and one liaison at many requests a second).
/// </summary>
public static class FaultSettings
{
    public static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(20);

    public static Dictionary<string, string?> Environment() => new()
    {
        ["Hotline__Sla__Limits__Start__Duration"] = "00:00:20",
        ["Hotline__Sla__Limits__Start__DutyTimeOnly"] = "false",
        ["Hotline__Security__StaffRateLimit__PerMinute"] = "0",
    };
}
