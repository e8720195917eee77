using Hotline.Kernel;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Tests.Scenarios;

namespace Hotline.Tickets.Tests.OwnerSide;

/// <summary>
/// A ticket brought to the owner's side (resolved), and the owner acting on it on the grain as the portal does
/// (its own actor, no staff account).
/// </summary>
internal sealed class OwnerSideDriver(AroundTheClockFixture fixture)
{
    /// <summary>An owner as the portal names them: the actor of their phone number.</summary>
    public static readonly Actor Owner = OwnerActors.ForPhone("13912345678");

    public DateTimeOffset Now => fixture.Clock.GetUtcNow();

    public ITicketGrain Grain(TicketClient ticket) => fixture.Grains.GetGrain<ITicketGrain>(ticket.Id);

    /// <summary>A complaint handled to its resolution by the liaison.</summary>
    public async Task<TicketClient> Resolved(string text = "5號樓電梯門關不上")
    {
        var ticket = await InProgress(text);
        await ticket.Do("resolve", new { note = "已更換門機並測試" });
        return ticket;
    }

    public async Task<TicketClient> InProgress(string text = "5號樓電梯門關不上")
    {
        var ticket = await TicketClient.Register(fixture.Http, text: text);
        await ticket.Do("start");
        await ticket.Contact();
        await ticket.ReportPlan(Now.AddDays(1));
        return ticket;
    }

    /// <summary>A command by the owner, straight to the ticket grain.</summary>
    public Task<CommandOutcome> AsOwner(TicketClient ticket, TicketCommand command) => Grain(ticket).Execute(command);

    public static string Id() => Guid.NewGuid().ToString("N");
}
