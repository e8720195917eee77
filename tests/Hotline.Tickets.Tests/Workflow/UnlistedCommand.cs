using Hotline.Kernel;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Tests.Workflow;

/// <summary>A command record no handler knows (e.g. "escalate", no command at all): the state machine must refuse it.</summary>
internal sealed record UnlistedCommand(string CommandName, string RequestId, Actor Actor) : TicketCommand(RequestId, Actor)
{
    public override string Name => CommandName;
}
