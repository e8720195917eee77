using System.Globalization;
using System.Runtime;

namespace Hotline.Host.Silo;

/// <summary>
/// One start-up line saying how the runtime collects garbage in this silo: the young budget and the dynamic
/// adaptation decide how long a collection pauses every grain (and so how late a deadline can be acted on), and both
/// can be changed from outside (runtimeconfig, DOTNET_ variables), so the operator sees what is in force.
/// </summary>
public static class GarbageCollectionReport
{
    public static string Describe()
    {
        var settings = GC.GetConfigurationVariables();
        var kind = GCSettings.IsServerGC ? "server" : "workstation";
        var heaps = Number(settings, "HeapCount") is { } count and > 0 ? $", {count} heaps" : "";
        var adaptation = Number(settings, "GCDynamicAdaptationMode") is 1 ? "on" : "off";
        var budget = Number(settings, "GCGen0MaxBudget") is { } bytes and > 0
            ? $"at most {(bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture)} MiB per heap"
            : "the runtime's own";
        return $"Garbage collection: {kind}{heaps}, dynamic adaptation {adaptation}, young budget {budget}";
    }

    private static long? Number(IReadOnlyDictionary<string, object> settings, string key) =>
        settings.TryGetValue(key, out var value) ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : null;
}
