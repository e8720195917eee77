using System.Collections.Immutable;
using Hotline.Escalation.Contracts;
using Hotline.Escalation.Tests.Support;
using Hotline.Kernel;

namespace Hotline.Escalation.Tests.Scenarios;

/// <summary>A11.3: an incident's warning names its first 100 tickets; later calls leave its state (and version) as it is.</summary>
[Collection(EscalationCollection.Name)]
public sealed class LinkedTicketsTests(EscalationFixture fixture)
{
    private readonly WarningDriver _warnings = new(fixture);

    [Fact]
    public async Task A11_3_IncidentWarning_KeepsAtMostAHundredLinkedTickets()
    {
        ImmutableArray<Guid> raisedWith = [.. Enumerable.Range(0, 150).Select(_ => Guid.NewGuid())];
        var command = Incident(raisedWith);
        var id = Guid.NewGuid();
        var raised = await _warnings.Grain(id).Raise(command);
        Assert.Equal(raisedWith.Take(100), raised.Subject.LinkedTickets);

        await _warnings.Grain(id).Link(Guid.NewGuid());
        var after = (await _warnings.Grain(id).Get())!;
        Assert.Equal(100, after.Subject.LinkedTickets.Length);
        Assert.Equal(raised.Version, after.Version);
    }

    [Fact]
    public async Task A11_3_BelowTheCap_ALinkIsAddedOnce()
    {
        var command = Incident([Guid.NewGuid()]);
        var id = Guid.NewGuid();
        await _warnings.Grain(id).Raise(command);
        var joining = Guid.NewGuid();

        await _warnings.Grain(id).Link(joining);
        await _warnings.Grain(id).Link(joining);

        var after = (await _warnings.Grain(id).Get())!;
        Assert.Equal(2, after.Subject.LinkedTickets.Length);
        Assert.Equal(joining, after.Subject.LinkedTickets[1]);
    }

    private static RaiseWarning Incident(ImmutableArray<Guid> linked)
    {
        var command = WarningDriver.Command(WarningLevel.Red, Guid.NewGuid(), WarningTrigger.ProjectSameIssue);
        return command with { Subject = command.Subject with { TicketId = null, LinkedTickets = linked } };
    }
}
