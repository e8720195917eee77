namespace Hotline.Organization.Contracts;

/// <summary>
/// Imports a project's household registry from a CSV file (UTF-8): the one import both POST
/// /api/organization/projects/{id}/households/import and the console's form run, so both check and store alike.
/// </summary>
public interface IHouseholdImporter
{
    /// <summary>The largest file imported (16 MiB).</summary>
    public const int MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>
    /// Reads (at most 16 MiB of UTF-8), parses and, when no line has a problem, stores the whole file (one bad line
    /// imports none). Null when the project is not defined.
    /// </summary>
    Task<HouseholdImportOutcome?> Import(string projectId, Stream csv);
}
