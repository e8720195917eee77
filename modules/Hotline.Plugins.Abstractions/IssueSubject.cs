namespace Hotline.Plugins.Abstractions;

/// <summary>
/// One kind of problem inside a category, e.g. <c>elevator</c> in engineering: the middle part of
/// an issue key. Any of <paramref name="Keywords"/> (either script) in the text selects it.
/// </summary>
/// <param name="Slug">Lower-case ASCII, words joined by '-', e.g. <c>water-leak</c>.</param>
/// <param name="Keywords">Words that name this problem.</param>
public sealed record IssueSubject(string Slug, params string[] Keywords);
