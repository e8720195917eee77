namespace Hotline.Organization.Contracts;

/// <summary>
/// What one import did: the file's households and the registry's count after it, or (nothing imported) every
/// problem by line and column.
/// </summary>
public sealed record HouseholdImportOutcome(string ProjectId, int Imported, int Registered, IReadOnlyList<HouseholdLineProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}
