using Hotline.Reporting.Contracts.Figures;
using Npgsql;

namespace Hotline.Reporting.Figures;

/// <summary>
/// One figure group's statement: its SQL (column 0 is always the group key), the lane (connection) it runs on beside
/// the others, and how one of its rows adds into the key's <see cref="ScopeTally"/>.
/// </summary>
internal sealed record FigureStatement(FigureGroups Group, int Lane, string Sql, Action<NpgsqlDataReader, ScopeTally> AddRow);
