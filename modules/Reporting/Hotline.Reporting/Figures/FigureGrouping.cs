using Hotline.Kernel;

namespace Hotline.Reporting.Figures;

/// <summary>
/// How one pass groups its rows (one figure set per company, per branch or per project) and which rows it reads (all,
/// one branch's or one project's). Only these fixed fragments reach the SQL text; the id travels as <c>@scope</c>.
/// </summary>
internal sealed record FigureGrouping(ScopeKind By, ScopeKind Within, string? WithinId)
{
    /// <summary>The group's key, a column of the table aliased <paramref name="alias"/> (or '' for the company).</summary>
    public string Key(string alias = "") => By switch
    {
        ScopeKind.Project => alias + "project_id",
        ScopeKind.Branch => alias + "branch_id",
        _ => "''::text",
    };

    /// <summary>An <c>and ...</c> fragment narrowing to <see cref="WithinId"/>, or nothing for the whole company.</summary>
    public string Where(string alias = "") => Within switch
    {
        ScopeKind.Project => $" and {alias}project_id = @scope",
        ScopeKind.Branch => $" and {alias}branch_id = @scope",
        _ => "",
    };

    /// <summary>Rows outside any group (a company-wide warning has no project) are left out of project and branch groups.</summary>
    public string Grouped(string alias = "") => By == ScopeKind.Company ? "" : $" and {Key(alias)} is not null";
}
