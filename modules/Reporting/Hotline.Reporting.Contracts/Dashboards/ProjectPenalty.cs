namespace Hotline.Reporting.Contracts.Dashboards;

/// <summary>A12: one project's net penalty points in the penalty month (through its warnings, as the overview counts a project).</summary>
public sealed record ProjectPenalty(string ProjectId, decimal Points);
