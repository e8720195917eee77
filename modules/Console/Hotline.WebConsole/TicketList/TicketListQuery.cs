using System.Globalization;
using Hotline.Tickets.Contracts.Lists;
using Hotline.WebConsole.Session;
using Microsoft.AspNetCore.WebUtilities;

namespace Hotline.WebConsole.TicketList;

/// <summary>
/// The tickets page's filters as its address holds them (so a filtered list is a bookmark and the back button works):
/// the API's query names (<see cref="TicketListFilters"/>) and values, except that <c>from</c> and <c>to</c> are dates
/// of the business time zone, <c>to</c> included. <see cref="ForList"/> gives what GET /api/tickets would be sent.
/// </summary>
public sealed class TicketListQuery
{
    public const string Path = "/console/tickets";

    private const string DateFormat = "yyyy-MM-dd";

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>The filters in the address, by the API's names (unknown names and empty values left out).</summary>
    public static TicketListQuery FromAddress(Uri address)
    {
        var query = new TicketListQuery();
        foreach (var (name, values) in QueryHelpers.ParseQuery(address.Query))
        {
            if (TicketListFilters.All.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase)) is { } known)
            {
                query.Set(known, values.ToString());
            }
        }

        return query;
    }

    public string? this[string name] => _values.GetValueOrDefault(name);

    public void Set(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            _values.Remove(name);
        }
        else
        {
            _values[name] = value.Trim();
        }
    }

    public int Page => int.TryParse(this[TicketListFilters.Page], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;

    /// <summary>The same filters on another page (the first page drops the parameter).</summary>
    public TicketListQuery AtPage(int page)
    {
        var copy = new TicketListQuery();
        foreach (var (name, value) in _values)
        {
            copy.Set(name, value);
        }

        copy.Set(TicketListFilters.Page, page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null);
        return copy;
    }

    /// <summary>The page's address with these filters, in the order of <see cref="TicketListFilters.All"/>.</summary>
    public string Address() => QueryHelpers.AddQueryString(Path,
        TicketListFilters.All.Where(_values.ContainsKey).Select(n => new KeyValuePair<string, string?>(n, _values[n])));

    /// <summary>
    /// The filters as the list and its access rule read them: a date of <c>from</c> is its first instant in the business
    /// time zone, a date of <c>to</c> the first instant of the next day (the day itself is included). Anything else goes
    /// as typed, so the list's own parser names what is wrong exactly as the API's 400 would.
    /// </summary>
    public Dictionary<string, string> ForList(ConsoleTime time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var filters = new Dictionary<string, string>(_values, StringComparer.Ordinal);
        foreach (var (name, days) in new[] { (TicketListFilters.From, 0), (TicketListFilters.To, 1) })
        {
            if (filters.TryGetValue(name, out var value) && DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                filters[name] = time.Instant(date.AddDays(days).ToDateTime(TimeOnly.MinValue)).ToString("O", CultureInfo.InvariantCulture);
            }
        }

        return filters;
    }
}
