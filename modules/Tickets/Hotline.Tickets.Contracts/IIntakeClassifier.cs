namespace Hotline.Tickets.Contracts;

/// <summary>
/// The ticket's own classification (category plugins, A10.1.1), asked before registering: the very rule the ticket
/// applies when it is registered, so a preview and the ticket agree.
/// </summary>
public interface IIntakeClassifier
{
    /// <summary>Every category code, "other" last.</summary>
    IReadOnlyList<string> Categories { get; }

    /// <summary>
    /// The classification of <paramref name="text"/> in <paramref name="projectId"/>; <paramref name="category"/> (a code,
    /// any case) overrides the suggested category. Null when <paramref name="category"/> names no known category.
    /// </summary>
    IntakeClassification? Classify(string text, string? category, string projectId, string? location);
}
