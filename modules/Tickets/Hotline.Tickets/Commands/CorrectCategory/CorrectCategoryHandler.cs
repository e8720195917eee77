using Hotline.Plugins.Abstractions;
using Hotline.Tickets.Contracts;
using Hotline.Tickets.Contracts.Commands;
using Hotline.Tickets.Workflow;

namespace Hotline.Tickets.Commands;

/// <summary>The category is corrected to another known one: its responsible department and issue key follow.</summary>
public sealed class CorrectCategoryHandler : CommandHandler<CorrectCategory>
{
    public override string Name => TicketCommands.CorrectCategory;

    public override ValueTask<CorrectCategory> Parse(CommandInput input) =>
        new(new CorrectCategory(input.RequestId, input.By, CommandInput.Text(input.Body.Category)));

    public override Transition Apply(Ticket t, CorrectCategory c, TransitionContext x)
    {
        if (!x.Categories.TryGet(c.Category, out var handler) || handler.Code == t.Category)
        {
            return Transition.Invalid("category", $"another known category is required: {string.Join(", ", x.Categories.All.Select(h => h.Code))}");
        }

        return Transition.To(t with
        {
            Category = handler.Code,
            ResponsibleDepartment = handler.ResponsibleDepartment,
            IssueKey = handler.NormalizeIssueKey(new IssueKeyInput(t.Text, t.ProjectId, t.Location)),
            CategoryClassifiedAt = x.Now,
            CategoryClassifiedBy = c.Actor.PersonId,
        });
    }

    public override string? Note(CorrectCategory c) => TimelineNote.Join($"category {c.Category}");
}
