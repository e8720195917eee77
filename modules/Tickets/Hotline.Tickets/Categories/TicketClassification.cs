using Hotline.Plugins.Abstractions;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Categories;

/// <summary>
/// How a new ticket is classified: the ticket grain at registration and the call center's preview
/// (<see cref="IntakeClassifier"/>) both go through here, so the preview never tells the agent something else.
/// </summary>
internal static class TicketClassification
{
    /// <summary>The chosen category when it is a known code, else the one whose words fit the text best.</summary>
    public static ICategoryHandler HandlerFor(this ICategoryCatalog categories, string? code, string text) =>
        code is { } chosen && categories.TryGet(chosen, out var handler) ? handler : categories.Classify(text);

    public static Severity SuggestedSeverity(this ICategoryHandler handler, string text) =>
        handler.SuggestSeverity(text) == SeveritySuggestion.Serious ? Severity.Serious : Severity.General;

    public static string IssueKey(this ICategoryHandler handler, string text, string projectId, string? location) =>
        handler.NormalizeIssueKey(new IssueKeyInput(text, projectId, location));
}
