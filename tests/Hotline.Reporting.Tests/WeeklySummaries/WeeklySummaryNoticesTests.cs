using System.Collections.Concurrent;
using System.Collections.Immutable;
using Hotline.Kernel;
using Hotline.Notifications.Contracts;
using Hotline.Organization.Contracts;
using Hotline.Reporting.WeeklySummaries;
using Hotline.TestKit;
using Microsoft.Extensions.Logging;

namespace Hotline.Reporting.Tests.WeeklySummaries;

/// <summary>
/// A10.1.3.4's "to sign" notices go to every project's manager at once, each project on its own: one project's failed
/// notice is logged and does not keep the others from being told; the call then fails naming it, so the week's next
/// tick tells it again.
/// </summary>
public sealed class WeeklySummaryNoticesTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 27, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A10_1_3_4_ToSign_TellsTheProjectsConcurrently_AFailedProjectIsLoggedAndTheOthersStillTold()
    {
        var notifier = new GatedNotifier();
        var capture = new LogCapture();
        using var logging = LoggerFactory.Create(b => b.AddProvider(capture));
        var notices = new WeeklySummaryNotices(new People(), notifier, Demo.Zone, logging.CreateLogger<WeeklySummaryNotices>());

        // p-1's notice completes only once p-3's has started: told one after the other, p-1 would wait for ever.
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            notices.ToSign("2026-W48", [("p-1", 1), ("p-2", 1), ("p-3", 1)], At).WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal(["m-1", "m-3"], notifier.Told.Order(StringComparer.Ordinal));
        Assert.Contains("p-2", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("p-1", error.Message, StringComparison.Ordinal);
        var logged = Assert.Single(capture.Lines, l => l.StartsWith("Error", StringComparison.Ordinal));
        Assert.Contains("project p-2 (2026-W48)", logged, StringComparison.Ordinal);
    }

    private sealed class GatedNotifier : INotifier
    {
        private readonly TaskCompletionSource _thirdStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentBag<string> Told { get; } = [];

        public async Task Notify(IReadOnlyCollection<string> personIds, InboxItem item)
        {
            await Task.Yield();
            if (item.Id.StartsWith("weekly-summary/p-1/", StringComparison.Ordinal))
                await _thirdStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
            else if (item.Id.StartsWith("weekly-summary/p-2/", StringComparison.Ordinal))
                throw new InvalidOperationException("the inbox of p-2's manager is down");
            else
                _thirdStarted.TrySetResult();
            foreach (var id in personIds)
                Told.Add(id);
        }
    }

    private sealed class People : IStaffDirectory
    {
        private static readonly ImmutableArray<PersonInfo> All =
            [.. new[] { "1", "2", "3" }.Select(n => new PersonInfo($"m-{n}", $"Manager {n}", null, [new RoleAssignment(Role.ProjectManager, ScopeKind.Project, $"p-{n}")]))];

        public Task<PersonInfo?> GetPerson(string personId) => Task.FromResult(All.FirstOrDefault(p => p.Id == personId));

        public Task<ImmutableArray<PersonInfo>> GetPeople() => Task.FromResult(All);

        public Task<Guid> GetVersion() => Task.FromResult(Guid.Empty);
    }
}
