using System.Globalization;

namespace Hotline.Benchmarks;

/// <summary>
/// CPU time used so far, in milliseconds, read from Linux's /proc: the whole machine's busy time (user, nice, system,
/// irq, softirq of every core) and some processes' together (user and system). Read at two instants, the difference per
/// operation weighs the machine's changing speed less than a rate does (issue 14: the peer's rate ranged from 676 to
/// 1,217 jobs a second over two days of runs on the same machine).
/// </summary>
public readonly record struct CpuUse(double MachineMs, double ProcessMs)
{
    /// <summary>Clock ticks a second in /proc (USER_HZ: 100 on x86-64 and arm64 Linux, whatever the kernel's own tick).</summary>
    private const double TicksPerSecond = 100;

    public static CpuUse operator -(CpuUse a, CpuUse b) => new(a.MachineMs - b.MachineMs, a.ProcessMs - b.ProcessMs);

    public CpuUse PerItem(int items) => items <= 0 ? default : new(MachineMs / items, ProcessMs / items);

    /// <summary>Now, for the machine and <paramref name="processIds"/> together; zero where /proc is not there or a process is gone.</summary>
    public static CpuUse Read(params int[] processIds)
    {
        var machine = TryRead("/proc/stat") is { } stat ? MachineBusyTicks(stat) : 0;
        var process = processIds.Sum(id => TryRead($"/proc/{id}/stat") is { } own ? ProcessTicks(own) : 0);
        return new CpuUse(machine * 1000 / TicksPerSecond, process * 1000 / TicksPerSecond);
    }

    /// <summary>The "cpu" line of /proc/stat: user, nice, system, idle, iowait, irq, softirq, …; busy leaves out idle and iowait.</summary>
    public static long MachineBusyTicks(string procStat)
    {
        var fields = procStat.Split('\n')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields[0] != "cpu")
        {
            throw new FormatException($"/proc/stat does not start with the machine's cpu line: '{fields[0]}'");
        }

        long Field(int i) => long.Parse(fields[i], CultureInfo.InvariantCulture);
        return Field(1) + Field(2) + Field(3) + Field(6) + Field(7);
    }

    /// <summary>
    /// /proc/&lt;pid&gt;/stat: utime and stime are the 14th and 15th fields; counted after the command's closing
    /// parenthesis, as the command name may hold spaces and parentheses itself.
    /// </summary>
    public static long ProcessTicks(string pidStat)
    {
        var afterName = pidStat[(pidStat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // afterName[0] is the 3rd field (state): utime (14th) is afterName[11], stime (15th) afterName[12].
        return long.Parse(afterName[11], CultureInfo.InvariantCulture) + long.Parse(afterName[12], CultureInfo.InvariantCulture);
    }

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
