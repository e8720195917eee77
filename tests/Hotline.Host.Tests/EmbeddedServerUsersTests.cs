using Hotline.Storage.Embedded;

namespace Hotline.Host.Tests;

/// <summary>Who may stop a shared embedded server: the last live user; a user killed outright (kill -9) counts as gone.</summary>
public sealed class EmbeddedServerUsersTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("hotline-users").FullName;

    [Fact]
    public void LeaveDecision_OnlyUser_StopsTheServer()
    {
        var decision = LeaveDecision.For("10-a.host", [new ServerUser("10-a.host", 10, Alive: true)]);

        Assert.True(decision.StopServer);
        Assert.Empty(decision.StillUsedBy);
    }

    [Fact]
    public void LeaveDecision_AnotherLiveUser_LeavesTheServerRunningForIt()
    {
        var decision = LeaveDecision.For("10-a.host", [new ServerUser("10-a.host", 10, true), new ServerUser("20-b.host", 20, true)]);

        Assert.False(decision.StopServer);
        Assert.Equal([20], decision.StillUsedBy);
    }

    [Fact]
    public void LeaveDecision_OtherUserIsDead_StopsTheServerAndForgetsTheStaleEntry()
    {
        var decision = LeaveDecision.For("10-a.host", [new ServerUser("10-a.host", 10, true), new ServerUser("20-b.host", 20, Alive: false)]);

        Assert.True(decision.StopServer);
        Assert.Equal(["20-b.host"], decision.StaleEntries);
    }

    [Fact]
    public void Recorded_JoinedUserAliveUntilItLeaves_LeftoverEntryOfDeadProcessIsNotAlive()
    {
        var users = new ServerUsers(Path.Combine(_folder, "pg"));
        var (entry, membership) = users.Join();
        // What a host killed with kill -9 leaves: its entry file, but no lock on it.
        File.WriteAllText(Path.Combine(users.Folder, "999999-dead.host"), "");

        var recorded = users.Recorded();

        Assert.Contains(new ServerUser(entry, Environment.ProcessId, Alive: true), recorded);
        Assert.Contains(new ServerUser("999999-dead.host", 999999, Alive: false), recorded);
        Assert.True(LeaveDecision.For(entry, recorded).StopServer);

        membership.Dispose();
        Assert.DoesNotContain(users.Recorded(), u => u.Entry == entry);
    }

    [Fact]
    public async Task LockAsync_HeldByAnotherHost_WaitsAndThenNamesTheLockedFile()
    {
        var users = new ServerUsers(Path.Combine(_folder, "pg"));
        using var held = await users.LockAsync(TimeSpan.FromSeconds(1), CancellationToken.None);

        var error = await Assert.ThrowsAsync<EmbeddedPostgresException>(() => users.LockAsync(TimeSpan.FromMilliseconds(300), CancellationToken.None));

        Assert.Contains(users.Folder, error.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
