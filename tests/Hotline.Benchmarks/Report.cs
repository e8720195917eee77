using System.Globalization;

namespace Hotline.Benchmarks;

/// <summary>Every result twice: a table row for people and a <c>RESULT name value unit</c> line for scripts.</summary>
public sealed class Report
{
    private readonly List<(string Name, double Value, string Unit, string Note)> _results = [];
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

    public void Add(string name, double value, string unit, string note = "")
    {
        _results.Add((name, value, unit, note));
        Console.WriteLine(Line(name, value, unit) + (note.Length > 0 ? $"   ({note})" : ""));
    }

    public void Note(string text) => Console.WriteLine($"[bench {_clock.Elapsed:hh\\:mm\\:ss}] {text}");

    public void PrintSummary()
    {
        Console.WriteLine();
        Console.WriteLine("| result | value | unit | note |");
        Console.WriteLine("|---|---:|---|---|");
        foreach (var (name, value, unit, note) in _results)
        {
            Console.WriteLine($"| {name} | {Format(value)} | {unit} | {note} |");
        }

        Console.WriteLine();
        foreach (var (name, value, unit, _) in _results)
        {
            Console.WriteLine(Line(name, value, unit));
        }
    }

    private static string Line(string name, double value, string unit) => $"RESULT {name} {Format(value)} {unit}";

    private static string Format(double value) =>
        Math.Abs(value) >= 100 ? value.ToString("0", CultureInfo.InvariantCulture) : value.ToString("0.###", CultureInfo.InvariantCulture);
}
