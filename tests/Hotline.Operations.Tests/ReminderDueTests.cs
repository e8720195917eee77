using Hotline.Operations.Contracts;
using Hotline.Operations.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Operations.Tests;

/// <summary>
/// Reminders registered through Orleans' own reminder table (the ADO.NET upsert) show their next tick, worked out by
/// hand from start and period, at the fixture's fake now: Friday 2026-11-27 02:00 UTC.
/// </summary>
[Collection(OperationsCollection.Name)]
public sealed class ReminderDueTests(OperationsFixture fixture)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RemindersDue_KnownStartsAndPeriods_NextTickAndCountsAsWorkedOut()
    {
        Assert.Equal(Now, fixture.Clock.GetUtcNow());
        var status = new ClusterStatusTests(fixture);
        var before10 = (await status.Read(OperationsFixture.Admin, "?next=500&dueWithinMinutes=10")).Reminders!;
        var before180 = (await status.Read(OperationsFixture.Admin, "?next=500&dueWithinMinutes=180")).Reminders!;
        // A 26 h ago every 7 h: ticks Nov 26 00:00, 07:00, 14:00, 21:00, then Nov 27 04:00, two hours ahead.
        // B first ticks five minutes ahead. C every 30 min from 01:00: its tick at 02:00 is now, and due now (Orleans' rule).
        var reminders = new[]
        {
            (Id: Grain(), Start: Now.AddHours(-26), Period: TimeSpan.FromHours(7), Next: new DateTimeOffset(2026, 11, 27, 4, 0, 0, TimeSpan.Zero)),
            (Id: Grain(), Start: Now.AddMinutes(5), Period: TimeSpan.FromHours(1), Next: new DateTimeOffset(2026, 11, 27, 2, 5, 0, TimeSpan.Zero)),
            (Id: Grain(), Start: Now.AddHours(-1), Period: TimeSpan.FromMinutes(30), Next: Now),
        };
        var table = fixture.Host.App.Services.GetRequiredService<IReminderTable>();
        var etags = new List<(GrainId Id, string ETag)>();
        try
        {
            foreach (var r in reminders)
            {
                var etag = await table.UpsertRow(new ReminderEntry { GrainId = r.Id, ReminderName = "ops-test", StartAt = r.Start.UtcDateTime, Period = r.Period });
                Assert.NotNull(etag);
                etags.Add((r.Id, etag));
            }

            var after10 = (await status.Read(OperationsFixture.Admin, "?next=500&dueWithinMinutes=10")).Reminders!;
            var after180 = (await status.Read(OperationsFixture.Admin, "?next=500&dueWithinMinutes=180")).Reminders!;

            foreach (var r in reminders)
            {
                var tick = Assert.Single(after10.Next, t => t.GrainId == r.Id.ToString());
                Assert.Equal(("ops-test", r.Next, r.Period), (tick.ReminderName, tick.NextTick, tick.Period));
            }

            Assert.Equal(before10.Total + 3, after10.Total);
            Assert.Equal(before10.DueWithinWindow + 2, after10.DueWithinWindow); // B and C, not A
            Assert.Equal(before180.DueWithinWindow + 3, after180.DueWithinWindow);
            // Earliest first: C (now) before B (02:05) before A (04:00).
            var order = after10.Next.Select(t => t.GrainId).Where(id => reminders.Any(r => r.Id.ToString() == id)).ToList();
            Assert.Equal([reminders[2].Id.ToString(), reminders[1].Id.ToString(), reminders[0].Id.ToString()], order);
        }
        finally
        {
            foreach (var (id, etag) in etags)
            {
                await table.RemoveRow(id, "ops-test", etag);
            }
        }
    }

    [Fact]
    public async Task RemindersDue_NextLimitsTheList()
    {
        var table = fixture.Host.App.Services.GetRequiredService<IReminderTable>();
        var ids = new[] { Grain(), Grain() };
        var etags = new List<string>();
        try
        {
            foreach (var id in ids)
            {
                var etag = await table.UpsertRow(new ReminderEntry { GrainId = id, ReminderName = "ops-limit", StartAt = Now.AddDays(1).UtcDateTime, Period = TimeSpan.FromHours(1) });
                Assert.NotNull(etag);
                etags.Add(etag);
            }

            var due = (await new ClusterStatusTests(fixture).Read(OperationsFixture.Admin, "?next=1")).Reminders!;

            Assert.Single(due.Next);
            Assert.True(due.Total >= 2, $"total {due.Total}");
        }
        finally
        {
            for (var i = 0; i < etags.Count; i++)
            {
                await table.RemoveRow(ids[i], "ops-limit", etags[i]);
            }
        }
    }

    // A grain type no silo hosts: the fake clock never moves here, so no tick is ever delivered to it.
    private static GrainId Grain() => GrainId.Create("opstest", Guid.NewGuid().ToString("N"));
}
