using Hotline.Tickets.Categories;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>What a transition may consult besides the ticket and the command: the moment, the ticket's limits, the categories.</summary>
public sealed record TransitionContext(DateTimeOffset Now, IClockRules Rules, ICategoryCatalog Categories);
