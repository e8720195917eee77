using Hotline.Escalation.Contracts;
using Hotline.Escalation.Tests.Support;
using Hotline.Kernel;
using Hotline.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Escalation.Tests.Scenarios;

/// <summary>Issue 13: the console's board reads the list GET /api/warnings reads, scoped the same way, open warnings only.</summary>
[Collection(EscalationCollection.Name)]
public sealed class WarningBoardReadTests(EscalationFixture fixture)
{
    private readonly WarningDriver _warnings = new(fixture);

    private IWarningList Board => fixture.Host.App.Services.GetRequiredService<IWarningList>();

    [Fact]
    public async Task I13_A11_the_board_shows_the_open_warnings_of_the_acting_roles_project_as_their_grains_hold_them()
    {
        // Past anything earlier tests of this host raised: only this test's warnings are at or after "from".
        fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var from = fixture.Clock.GetUtcNow().ToString("O");
        var open = await _warnings.Raise(WarningLevel.Blue, Demo.Sunrise);
        var verified = await _warnings.RaiseVerified(WarningLevel.Yellow);
        var dismissed = await _warnings.Raise(WarningLevel.Blue, Demo.Sunrise);
        await _warnings.Do(dismissed.Id, "dismiss", new { personId = Demo.Supervisor, role = "CallCenterSupervisor", reason = "重複" });
        var harbour = await _warnings.Raise(WarningLevel.Blue, "p-harbour", "south");
        var liaison = new RoleAssignment(Role.ProjectLiaison, ScopeKind.Project, Demo.Sunrise);

        var board = await Board.Open(new Dictionary<string, string> { ["from"] = from }, liaison);

        Assert.Empty(board.Errors);
        var shown = board.Items.ToDictionary(w => w.Id, w => w.Status);
        Assert.Equal(WarningStatus.Raised, shown[open.Id]);
        Assert.Equal(WarningStatus.Verified, shown[verified.Id]);
        Assert.DoesNotContain(dismissed.Id, shown.Keys);
        Assert.DoesNotContain(harbour.Id, shown.Keys);
        // A status asked for is shown as asked, like the API's filter.
        var asked = await Board.Open(new Dictionary<string, string> { ["from"] = from, ["status"] = "Dismissed" }, liaison);
        Assert.Equal([dismissed.Id], asked.Items.Select(w => w.Id));
    }

    [Fact]
    public async Task I13_the_board_names_a_bad_filter_as_the_API_does()
    {
        var board = await Board.Open(new Dictionary<string, string> { ["level"] = "Blue,Yellow" }, null);

        Assert.Empty(board.Items);
        Assert.True(board.Errors.ContainsKey("level"));
    }
}
