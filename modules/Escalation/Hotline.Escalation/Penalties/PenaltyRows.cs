using Hotline.Escalation.Contracts;
using Hotline.Kernel;
using Npgsql;

namespace Hotline.Escalation.Penalties;

/// <summary>Reads a ledger row in <see cref="PenaltySql.Columns"/> order.</summary>
internal static class PenaltyRows
{
    public static PenaltyEntry Read(NpgsqlDataReader r) => new(
        r.GetGuid(0),
        r.GetGuid(1),
        r.IsDBNull(2) ? null : r.GetString(2),
        r.GetString(3),
        Enum.Parse<WarningLevel>(r.GetString(4)),
        r.GetDecimal(5),
        r.GetString(6) == "reversal" ? PenaltyEntryKind.Reversal : PenaltyEntryKind.Deduction,
        r.GetString(7),
        r.GetString(8),
        r.GetFieldValue<DateTimeOffset>(9));
}
