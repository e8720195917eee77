using Hotline.Escalation.Contracts;
using Hotline.Escalation.Tests.Support;
using Hotline.Kernel;
using Hotline.TestKit;

namespace Hotline.Escalation.Tests.Scenarios;

/// <summary>A warning is raised, routed and booked once, however many retries or silos raise and verify it (A11, A12).</summary>
[Collection(EscalationCollection.Name)]
public sealed class IdempotencyTests(EscalationFixture fixture)
{
    private readonly WarningDriver _warnings = new(fixture);

    [Fact]
    public async Task A11_raising_the_same_warning_twice_yields_one_warning()
    {
        var command = WarningDriver.Command(WarningLevel.Blue, Guid.NewGuid());
        var first = await _warnings.Grain(WarningDriver.IdOf(command)).Raise(command);
        fixture.Clock.Advance(TimeSpan.FromMinutes(3));

        var second = await _warnings.Grain(WarningDriver.IdOf(command)).Raise(command with { Rule = "something else" });

        Assert.Equal((first.Id, first.RaisedAt, first.Rule), (second.Id, second.RaisedAt, second.Rule));
        Assert.Equal(1, second.Version);
        Assert.Single(await _warnings.Inbox(Demo.Supervisor, first.Id));
    }

    [Fact]
    public async Task A11_A12_twenty_parallel_raises_and_verifications_yield_one_warning_one_deduction_one_item_per_person()
    {
        var command = WarningDriver.Command(WarningLevel.Yellow, Guid.NewGuid());
        var id = WarningDriver.IdOf(command);

        var raised = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _warnings.Grain(id).Raise(command)));
        var verified = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _warnings.Verify(id)));

        Assert.Single(raised.Select(w => (w.Id, w.RaisedAt, w.Version)).Distinct());
        Assert.All(verified, v => Assert.Equal(WarningStatus.Verified, v.Status));
        Assert.Single(verified.Select(v => v.VerifiedAt).Distinct());
        Assert.Single(verified.Select(v => v.Version).Distinct());
        Assert.Single(await fixture.Ledger.EntriesFor(id));
        Assert.Single(await _warnings.Inbox(Demo.Supervisor, id));
        foreach (var person in new[] { Demo.QualityHead, Demo.NorthHead, Demo.SunriseManager })
        {
            Assert.Single(await _warnings.Inbox(person, id));
        }
    }

    [Fact]
    public async Task A11_A12_raising_and_verifying_from_two_silos_at_once_yields_one_warning_and_one_deduction()
    {
        await using var second = await fixture.StartHostAsync();
        var command = WarningDriver.Command(WarningLevel.Red, Guid.NewGuid());
        var id = WarningDriver.IdOf(command);
        var factories = new[] { fixture.Grains, second.Grains };

        var raised = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => factories[i % 2].GetGrain<IWarningGrain>(id).Raise(command)));
        var actors = new[] { new Actor(Demo.Supervisor, "CallCenterSupervisor"), new Actor(Demo.QualityHead, "QualityDeptHead") };
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => factories[i % 2].GetGrain<IWarningGrain>(id).Verify(actors[i / 2 % 2])));

        Assert.Single(raised.Select(w => (w.Id, w.RaisedAt, w.Version)).Distinct());
        Assert.All(outcomes, o => Assert.True(o.Accepted, o.Rejection));
        Assert.Equal(WarningStatus.Verified, (await _warnings.Get(id)).Status);
        Assert.Single(await fixture.Ledger.EntriesFor(id));
        // A11.r: one "assign departments" request to QualityDept's head and one "report a plan" to each of the unit, whatever the races.
        Assert.Single(await _warnings.Inbox(Demo.QualityHead, id), i => i.Kind == Hotline.Notifications.Contracts.InboxItemKind.AssignDepartmentsRequest);
        Assert.Single(await _warnings.Inbox(Demo.SunriseManager, id));
    }

    [Fact]
    public async Task A11_linking_a_ticket_twice_links_it_once()
    {
        var raised = await _warnings.Raise(WarningLevel.Red);
        var other = Guid.NewGuid();

        await _warnings.Grain(raised.Id).Link(other);
        await _warnings.Grain(raised.Id).Link(other);
        await _warnings.Grain(raised.Id).Link(raised.Subject.TicketId!.Value);

        Assert.Equal([raised.Subject.TicketId!.Value, other], (await _warnings.Get(raised.Id)).Subject.LinkedTickets.ToArray());
    }
}
