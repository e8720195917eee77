namespace Hotline.ArchitectureTests.Support;

/// <summary>Asserts a rule found nothing, listing every offender otherwise.</summary>
internal static class Verdict
{
    public static void NoViolations(string rule, IEnumerable<string> violations)
    {
        var found = violations.ToList();
        Assert.True(
            found.Count == 0,
            $"{rule}: {found.Count} violation(s):{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", found)}");
    }

    /// <summary>For counter-examples: the rule must report something mentioning each expected fragment.</summary>
    public static void Reports(IEnumerable<string> violations, params string[] expectedFragments)
    {
        var found = violations.ToList();
        Assert.NotEmpty(found);
        foreach (var fragment in expectedFragments)
        {
            Assert.True(
                found.Any(v => v.Contains(fragment, StringComparison.Ordinal)),
                $"No violation mentions '{fragment}'. Found:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", found)}");
        }
    }
}
