using Hotline.Kernel;

namespace Hotline.Reporting.Contracts.WeeklySummaries;

/// <summary>A signature still missing: the role that gives it and the people holding that role for the summary.</summary>
public sealed record MissingSigner(Role Role, IReadOnlyList<string> PersonIds);
