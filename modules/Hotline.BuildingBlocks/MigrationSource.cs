using System.Reflection;

namespace Hotline.BuildingBlocks;

/// <summary>
/// A module's share of the database schema: the <c>Migrations/NNNN_name.sql</c> files embedded in its assembly
/// (its csproj embeds them as <c>&lt;Assembly&gt;.Migrations.NNNN_name.sql</c>). The host runs every registered
/// source's files as one sequence, ordered by their global numbers, when it starts.
/// </summary>
public sealed record MigrationSource(Assembly Assembly);
