namespace Hotline.Organization.Contracts;

/// <summary>
/// What is wrong with one line of a registry file (the header is line 1), in which column; line 0 is the file as a
/// whole (too large, not UTF-8), whose field is <c>file</c>.
/// </summary>
public sealed record HouseholdLineProblem(int Line, string Column, string Problem)
{
    /// <summary>The key of the validation problem, as the API names it: <c>rows[3].room</c>.</summary>
    public string Field => Line > 0 ? $"rows[{Line}].{Column}" : Column;
}
