namespace Hotline.Benchmarks;

/// <summary>A run's working folder: the host's log shown when the run fails, the folder removed afterwards.</summary>
internal static class RunFolder
{
    public static void ShowHostLog(string folder)
    {
        Console.Error.WriteLine("[bench] last lines of the host's log:");
        foreach (var line in File.ReadLines(Path.Combine(folder, "host.log")).TakeLast(40))
        {
            Console.Error.WriteLine("  " + line);
        }
    }

    public static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"[bench] could not remove {folder}: {e.Message}");
        }
    }
}
