using Hotline.BuildingBlocks;
using Hotline.Kernel;
using Hotline.Reporting.Contracts.WeeklySummaries;
using Hotline.Reporting.Weeks;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Hotline.Reporting.WeeklySummaries;

/// <summary>
/// One week's schedule (A10.1.3.4). One reminder, due at the week's next step: at <see cref="ReportWeek.DraftAt"/> every
/// project's summary is drafted, at <see cref="ReportWeek.DueAt"/> the unsigned ones become late and the missing signers
/// are told. Each tick re-evaluates both steps from saved state (a skipped tick is caught up by the next one, every
/// minute while a step is due); a step is recorded only after it succeeded, and both are idempotent.
/// </summary>
public sealed class WeeklySummaryWeekGrain(
    [PersistentState("week")] IPersistentState<WeeklySummaryWeekState> state,
    WeekCalendar calendar,
    WeeklySummaryDrafter drafter,
    WeeklySummaryStore store,
    WeeklySummaryNotices notices,
    TimeProvider time) : Grain, IWeeklySummaryWeekGrain, IRemindable
{
    internal const string ReminderName = "weekly-summary";
    private static readonly TimeSpan MinimumDueTime = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RetryPeriod = TimeSpan.FromMinutes(1);

    private ReportWeek Week => ReportWeek.Of(this.GetPrimaryKeyString(), calendar);

    /// <summary>The key tests wait on (<see cref="IReminderTickObserver"/> speaks Guids): derived from the week key.</summary>
    public static Guid TickKey(string week) => NameBasedGuid.From($"weekly-summary-week:{week}");

    public async Task<WeeklySummaryWeekProgress> Ensure()
    {
        await Schedule();
        return Progress();
    }

    public async Task<int> DraftNow() => (await Draft()).Count;

    public Task<WeeklySummaryWeekProgress> GetProgress() => Task.FromResult(Progress());

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var now = time.GetUtcNow();
        var week = Week;
        if (state.State.DraftedAt is null && now >= week.DraftAt)
        {
            await Draft();
            state.State = state.State with { DraftedAt = now };
            await state.WriteStateAsync();
        }

        if (state.State.DeadlineAppliedAt is null && now >= week.DueAt)
        {
            await notices.Late(await store.ApplyDeadline(week.Key, now), now);
            state.State = state.State with { DeadlineAppliedAt = now };
            await state.WriteStateAsync();
            // The next week is kept registered by the schedule too; this makes the hand-over immediate.
            await GrainFactory.GetGrain<IWeeklySummaryWeekGrain>(week.Next(calendar).Key).Ensure();
        }

        await Schedule();
        ServiceProvider.GetService<IReminderTickObserver>()?.Processed(TickKey(week.Key), reminderName, now);
    }

    private async Task<IReadOnlyList<(string ProjectId, string BranchId)>> Draft()
    {
        var week = Week;
        var drafted = await drafter.DraftMissing(week);
        // Every unsigned first draft, not only those drafted by this pass: a notice that failed after the drafts were
        // stored is sent again on the retry (like the deadline's notice); repeats collapse on the items' ids.
        var toSign = await store.UnsignedFirstDrafts(week.Key);
        await notices.ToSign(week.Key, toSign.Select(projectId => (projectId, 1)), time.GetUtcNow());
        return drafted;
    }

    // What this activation last told the reminder service, so an Ensure or a tick that changes nothing writes nothing
    // (null: not known yet; DateTimeOffset.MaxValue: no reminder, both steps done).
    private DateTimeOffset? _scheduledFor;

    private async Task Schedule()
    {
        var week = Week;
        var next = state.State.DraftedAt is null ? week.DraftAt : state.State.DeadlineAppliedAt is null ? week.DueAt : DateTimeOffset.MaxValue;
        if (next == _scheduledFor)
        {
            return;
        }

        if (next == DateTimeOffset.MaxValue)
        {
            if (await this.GetReminder(ReminderName) is { } reminder)
                await this.UnregisterReminder(reminder);
        }
        else
        {
            // A step already due keeps the reminder's one-minute period as its retry until it succeeds.
            var dueIn = next - time.GetUtcNow();
            await this.RegisterOrUpdateReminder(ReminderName, dueIn > MinimumDueTime ? dueIn : MinimumDueTime, RetryPeriod);
        }

        _scheduledFor = next;
    }

    private WeeklySummaryWeekProgress Progress() => new(this.GetPrimaryKeyString(), state.State.DraftedAt, state.State.DeadlineAppliedAt);
}
