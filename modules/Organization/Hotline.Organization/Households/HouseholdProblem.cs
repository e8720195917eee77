namespace Hotline.Organization.Households;

/// <summary>What is wrong with a registry file: on which line (the header is line 1), in which column.</summary>
public sealed record HouseholdProblem(int Row, string Column, string Problem)
{
    /// <summary>The key of the validation problem: <c>rows[3].room</c>.</summary>
    public string Field => $"rows[{Row}].{Column}";
}
