using Hotline.Kernel;
using Hotline.Plugins.Abstractions;
using Hotline.Tickets.Categories;
using Hotline.Tickets.Commands;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Workflow;

/// <summary>
/// Applies a command that <see cref="AllowedCommands"/> admits to a ticket: pure, so every rule of
/// A10 is testable without a cluster. Each command's own rule is its handler's (<see cref="CommandCatalog"/>);
/// this adds the version. The caller persists the result and appends the timeline.
/// </summary>
public static class TicketTransitions
{
    public const int MaxTextLength = TicketTextLimits.Text;

    public static Transition Apply(Ticket t, TicketCommand c, DateTimeOffset now, IClockRules rules, ICategoryCatalog categories)
    {
        var next = CommandCatalog.For(c) is { } handler
            ? handler.Apply(t, c, new TransitionContext(now, rules, categories))
            : Transition.Invalid("command", $"unknown command '{c.Name}'");
        return next.Ticket is { } changed ? Transition.To(changed with { Version = t.Version + 1 }) : next;
    }
}
