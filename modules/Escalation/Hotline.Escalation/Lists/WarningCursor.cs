using System.Globalization;

namespace Hotline.Escalation.Lists;

/// <summary>The keyset cursor: the raised time (UTC ticks) and id of a page's last row, as "ticks.id".</summary>
public static class WarningCursor
{
    public static string Of(WarningListRow row) =>
        $"{row.RaisedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}.{row.Id:N}";

    public static bool TryParse(string text, out (DateTimeOffset RaisedAt, Guid Id) cursor)
    {
        cursor = default;
        var parts = text.Split('.');
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks || !Guid.TryParseExact(parts[1], "N", out var id))
        {
            return false;
        }

        cursor = (new DateTimeOffset(ticks, TimeSpan.Zero), id);
        return true;
    }
}
