namespace Hotline.Plugins.Abstractions;

/// <summary>What a category handler sees when it names a problem: the owner's words and where it is.</summary>
/// <param name="Text">The complaint as registered.</param>
/// <param name="ProjectId">The project the ticket belongs to.</param>
/// <param name="Location">Building / unit / area as given by the owner or agent, if any.</param>
public sealed record IssueKeyInput(string Text, string ProjectId, string? Location);
