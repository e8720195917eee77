using Microsoft.Extensions.Time.Testing;

namespace Hotline.Benchmarks.Tests;

/// <summary>CPU per operation in the wave benchmark: read from /proc's own layout, and counted after the first fifth only.</summary>
public sealed class CpuUseTests
{
    [Fact]
    public void The_machine_is_busy_in_user_nice_system_irq_and_softirq_not_idle_or_iowait()
    {
        const string stat = "cpu  740004 8397 211968 1321136 8194 0 28658 1244 0 0\ncpu0 370002 4198 105984 660568 4097 0 14329 622 0 0\n";

        // 740,004 + 8,397 + 211,968 + 0 + 28,658
        Assert.Equal(989_027L, CpuUse.MachineBusyTicks(stat));
    }

    [Fact]
    public void A_process_uses_its_utime_and_stime_counted_after_a_name_that_holds_spaces_and_parentheses()
    {
        const string stat = "4242 (odd (name) here) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 37 0 0 20 0 12 0 9999 1000 50";

        Assert.Equal(287L, CpuUse.ProcessTicks(stat));
    }

    [Fact]
    public void The_CPU_per_item_is_counted_from_the_first_fifth_to_the_end()
    {
        var time = new FakeTimeProvider();
        var readings = new Queue<CpuUse>([new CpuUse(1_000, 400), new CpuUse(1_800, 720)]);
        var rate = new WarmRate(10, time, () => readings.Dequeue());
        for (var i = 0; i < 10; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            rate.Completed();
        }

        // Read at the 2nd item and at the end: 800 ms of the machine and 320 of the process over the 8 items after it.
        Assert.Equal(new CpuUse(100, 40), rate.CpuPerItemAfterFifth());
    }
}
