using Hotline.Plugins.Abstractions;
namespace Hotline.Plugins.Kit;

/// <summary>
/// One kind of problem inside a category, e.g. <c>elevator</c> in engineering: the middle part of
/// an issue key. Any of <paramref name="Keywords"/> (either script) in the text selects it.
/// </summary>
/// <param name="Slug">Lower-case ASCII, words joined by '-', e.g. <c>water-leak</c>.</param>
/// <param name="Keywords">Words that name this problem.</param>
public sealed record IssueSubject(string Slug, params string[] Keywords)
{
    /// <summary>
    /// A problem of the whole estate (a water cut, a fee rise): its issue key names the project (<see cref="IssueLocation.ProjectWide"/>)
    /// whichever building the caller lives in, so the estate's households count as one issue (A11.3.3) and the company
    /// counts it with the same problem of its other projects (A11.3.2).
    /// </summary>
    public bool EstateWide { get; init; }
}
