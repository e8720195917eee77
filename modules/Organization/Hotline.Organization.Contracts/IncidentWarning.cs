using System.Collections.Immutable;
using Hotline.Kernel;

namespace Hotline.Organization.Contracts;

/// <summary>
/// A same-issue incident's red warning as it is raised (<see cref="IIncidentWarnings.Raise"/>). In-process only (the
/// counter grain calls the service on its own silo), so no serializer.
/// </summary>
/// <param name="WarningId">The incident's warning (<see cref="IncidentWarningIds"/>).</param>
/// <param name="Scope">The company (A11.3.2) or a project (A11.3.3).</param>
/// <param name="ProjectId">The project, or null for the company.</param>
/// <param name="BranchId">The project's branch, or null for the company.</param>
/// <param name="IssueKey">The issue the households report.</param>
/// <param name="LinkedTickets">The tickets inside the window when it was reached.</param>
/// <param name="Rule">The rule as reached, with its numbers (clause, count, households, percent, window).</param>
public sealed record IncidentWarning(
    Guid WarningId,
    ScopeKind Scope,
    string? ProjectId,
    string? BranchId,
    string IssueKey,
    ImmutableArray<Guid> LinkedTickets,
    string Rule);
