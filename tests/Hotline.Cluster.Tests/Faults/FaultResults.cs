using System.Globalization;

namespace Hotline.Cluster.Tests.Faults;

/// <summary>
/// What a fault run measured, as "RESULT name value unit" lines (the benchmark's format): to the test's output, and
/// appended to the file named by HOTLINE_FAULT_RESULTS when set (the soak script collects them there).
/// </summary>
public sealed class FaultResults(Action<string> log)
{
    public const string FileVariable = "HOTLINE_FAULT_RESULTS";
    private static readonly Lock FileGate = new();

    public void Add(string name, double value, string unit)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"RESULT {name} {Math.Round(value, 3)} {unit}");
        log(line);
        if (System.Environment.GetEnvironmentVariable(FileVariable) is { Length: > 0 } file)
        {
            lock (FileGate)
            {
                File.AppendAllLines(file, [line]);
            }
        }
    }

    public void Note(string line) => log(line);
}
