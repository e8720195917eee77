using Hotline.Kernel;
using Hotline.Organization.Contracts;
using Hotline.Organization.Directory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Organization.Tests.Directory;

/// <summary>The per-silo staff directory against a fake company: when it asks, what it answers, how stale it can be.</summary>
public sealed class StaffDirectoryTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private static readonly PersonInfo Agent = new("cc-agent-1", "Agent", null, [new RoleAssignment(Role.CallCenterAgent, ScopeKind.Company, "company")]);
    private static readonly PersonInfo Liaison = new("sunrise-liaison", "Liaison", null, [new RoleAssignment(Role.ProjectLiaison, ScopeKind.Project, "p-sunrise")]);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly DirectoryChanges _changes = new();
    private readonly FakeStaffSource _source = new(Agent, Liaison);

    private StaffDirectory NewDirectory() => new(_source, _changes, _clock, Options.Create(new StaffDirectoryOptions { CheckInterval = Interval }));

    [Fact]
    public async Task ManyReadsWithinOneInterval_OneListingCall()
    {
        var directory = NewDirectory();

        for (var i = 0; i < 100; i++)
        {
            Assert.Equal(Agent, await directory.GetPerson(Agent.Id));
        }

        Assert.Equal((0, 1), (_source.VersionCalls, _source.ListingCalls));
    }

    [Fact]
    public async Task IntervalOver_UnchangedStaff_OneVersionCallAndNoReload()
    {
        var directory = NewDirectory();
        await directory.GetPeople();

        _clock.Advance(Interval);
        for (var i = 0; i < 100; i++)
        {
            await directory.GetPerson(Liaison.Id);
        }

        Assert.Equal((1, 1), (_source.VersionCalls, _source.ListingCalls));
    }

    [Fact]
    public async Task RemovedPerson_GoneOnceTheCopyIsAnIntervalOld()
    {
        var directory = NewDirectory();
        Assert.Equal(Liaison, await directory.GetPerson(Liaison.Id));

        _source.Change(people => people.Remove(Liaison));
        _clock.Advance(Interval);

        Assert.Null(await directory.GetPerson(Liaison.Id));
        Assert.Same(Agent, Assert.Single(await directory.GetPeople()));
        Assert.Equal((1, 2), (_source.VersionCalls, _source.ListingCalls));
    }

    [Fact]
    public async Task ChangedRoles_SeenAtOnceWhenThisSiloMadeTheChange()
    {
        var directory = NewDirectory();
        await directory.GetPerson(Agent.Id);
        var promoted = Agent with { Roles = [new RoleAssignment(Role.CallCenterSupervisor, ScopeKind.Company, "company")] };

        _source.Change(people => people.Replace(Agent, promoted));
        _changes.Record();

        Assert.Equal(promoted, await directory.GetPerson(Agent.Id));
    }

    [Fact]
    public async Task ConcurrentReadersAfterTheInterval_ShareOneVersionCheck()
    {
        var directory = NewDirectory();
        await directory.GetPeople();
        _clock.Advance(Interval);
        _source.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var readers = Enumerable.Range(0, 20).Select(_ => directory.GetPerson(Agent.Id)).ToList();
        _source.Gate.SetResult();

        Assert.All(await Task.WhenAll(readers), p => Assert.Equal(Agent, p));
        Assert.Equal(1, _source.VersionCalls);
    }

    [Fact]
    public async Task FailedCheck_IsNotRemembered_TheNextReadAsksAgain()
    {
        var directory = NewDirectory();
        _source.Failure = new TimeoutException("company grain unreachable");

        await Assert.ThrowsAsync<TimeoutException>(() => directory.GetPerson(Agent.Id));

        Assert.Equal(Agent, await directory.GetPerson(Agent.Id));
        Assert.Equal(2, _source.ListingCalls);
    }
}
