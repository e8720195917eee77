using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>The owner was contacted: the department and its plan are recorded, the contact clock met, the plan clock started.</summary>
public sealed class ContactHandler : CommandHandler<Contact>
{
    public override string Name => TicketCommands.Contact;

    public override ValueTask<Contact> Parse(CommandInput input) =>
        new(new Contact(input.RequestId, input.By, CommandInput.Text(input.Body.Department), CommandInput.Text(input.Body.Plan)));

    public override Transition Apply(Ticket t, Contact c, TransitionContext x) =>
        Arguments.Required(c.Department, "department") ?? Arguments.Required(c.Plan, "plan") ?? Transition.To(t with
        {
            Status = TicketStatus.Contacted,
            ResponsibleDepartment = c.Department,
            Plan = new TicketPlan(c.Department, c.Plan, null, null),
            Clocks = t.Clocks.Meet(ClockKind.Contact, x.Now).Start(ClockKind.Plan, x.Now, x.Rules.DueAt(ClockKind.Plan, t.Severity, x.Now)),
        });

    public override string? Note(Contact c) => TimelineNote.Join($"department {c.Department}", $"plan: {c.Plan}");
}
