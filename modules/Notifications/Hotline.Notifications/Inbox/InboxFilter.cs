using Hotline.Notifications.Contracts;

namespace Hotline.Notifications.Inbox;

/// <summary>
/// Which items of an inbox a page shows: read or unread only, and of which kinds (none given: all). Read is the
/// inbox's "done" mark: what an item asks for is tracked by its warning or ticket, not by the notification.
/// </summary>
public sealed record InboxFilter(bool? Unread, IReadOnlyList<InboxItemKind> Kinds)
{
    public static readonly InboxFilter All = new(null, []);

    /// <summary>
    /// Parses the query's <c>unread</c> (true|false) and <c>kind</c> (comma-separated kind names, any case);
    /// on a bad value, names the field and the problem.
    /// </summary>
    public static bool TryParse(string? unread, string? kind, out InboxFilter filter, out (string Field, string Problem) error)
    {
        filter = All;
        error = default;
        bool? onlyUnread = null;
        if (!string.IsNullOrEmpty(unread))
        {
            if (!bool.TryParse(unread, out var value))
            {
                error = ("unread", "must be true or false");
                return false;
            }

            onlyUnread = value;
        }

        var kinds = new List<InboxItemKind>();
        foreach (var name in (kind ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // By name only: a number would tie the API to the stored values.
            var match = Enum.GetNames<InboxItemKind>().FirstOrDefault(n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                error = ("kind", $"'{Shorten(name)}' is not an inbox item kind; one or more of {string.Join(", ", Enum.GetNames<InboxItemKind>())}, comma-separated");
                return false;
            }

            kinds.Add(Enum.Parse<InboxItemKind>(match));
        }

        filter = new InboxFilter(onlyUnread, [.. kinds.Distinct()]);
        return true;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
