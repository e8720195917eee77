using Hotline.Live.Contracts;
using Hotline.WebConsole.Components.Shared;

namespace Hotline.Browser.Tests.Console.Live;

/// <summary>
/// Issue 13, live pages: a read asked while another runs (a person's "show week" while the page's first read is still
/// waiting on a grain, a push's re-read) starts only when that one ended, so the last read asked is the last to land.
/// CI saw the opposite in the weekly analysis: the first read of the default week finished last and showed its week
/// under the heading of the week the person chose. No browser: the order is the component's own.
/// </summary>
public sealed class LivePageReadOrderTests
{
    [Fact]
    public async Task I13_AReadAskedWhileAnotherRuns_StartsOnlyOnceThatOneEnded()
    {
        var page = new GatedPage();
        var first = page.Ask();
        var second = page.Ask();

        // The first read waits on its gate; the second must not have started beside it.
        Assert.Equal(["start 1"], page.Log);
        page.FirstMayEnd.SetResult();
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["start 1", "end 1", "start 2", "end 2"], page.Log);
    }

    private sealed class GatedPage : LivePage
    {
        private int _reads;

        public List<string> Log { get; } = [];

        public TaskCompletionSource FirstMayEnd { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Ask() => Refresh();

        protected override async Task Read()
        {
            var n = ++_reads;
            Log.Add($"start {n}");
            if (n == 1)
            {
                await FirstMayEnd.Task;
            }

            Log.Add($"end {n}");
        }

        protected override bool Wants(LiveChange change) => false;
    }
}
