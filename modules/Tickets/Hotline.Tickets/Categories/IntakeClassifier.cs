using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Categories;

/// <summary><see cref="IIntakeClassifier"/> over the category catalog, by the registration's own rule (<see cref="TicketClassification"/>).</summary>
public sealed class IntakeClassifier(ICategoryCatalog categories) : IIntakeClassifier
{
    public IReadOnlyList<string> Categories { get; } = [.. categories.All.Select(c => c.Code)];

    public IntakeClassification? Classify(string text, string? category, string projectId, string? location)
    {
        if (category is not null && !categories.TryGet(category, out _))
        {
            return null;
        }

        var handler = categories.HandlerFor(category, text);
        return new IntakeClassification(handler.Code, handler.SuggestedSeverity(text), handler.IssueKey(text, projectId, location), handler.ResponsibleDepartment);
    }
}
