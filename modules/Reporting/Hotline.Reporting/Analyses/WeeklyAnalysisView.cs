using Hotline.Reporting.Contracts.Analyses;
using System.Text.Json;

namespace Hotline.Reporting.Analyses;

/// <summary>
/// GET /api/reports/weekly-analyses/{week}: the released version asked for (the latest by default), or, before any
/// release, the live draft computed now (<see cref="Draft"/>, no version). <see cref="Analysis"/> is a released
/// version's frozen content exactly as hashed; <see cref="Versions"/> lists every release, newest first.
/// </summary>
public sealed record WeeklyAnalysisView(
    string Week,
    bool Draft,
    int? Version,
    string? Sha256,
    DateTimeOffset? ReleasedAt,
    string? ReleasedBy,
    bool Replaced,
    IReadOnlyList<AnalysisVersion> Versions,
    JsonElement Analysis);
