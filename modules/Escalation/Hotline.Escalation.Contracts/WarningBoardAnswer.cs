namespace Hotline.Escalation.Contracts;

/// <summary>One page of open warnings (live grain state), the cursor of the next page (null on the last), or the filters at fault.</summary>
public sealed record WarningBoardAnswer(IReadOnlyList<WarningView> Items, string? Next, IReadOnlyDictionary<string, string[]> Errors)
{
    public static WarningBoardAnswer Invalid(IReadOnlyDictionary<string, string[]> errors) => new([], null, errors);
}
