using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hotline.Tickets.Contracts.Commands;
using Hotline.WebConsole.Session;
using Hotline.WebConsole.Text.Ticket;

namespace Hotline.WebConsole.TicketForms;

/// <summary>
/// A command form's inputs as the API's body: each field under its JSON name, read into <see cref="TicketCommandRequest"/>
/// with the API's JSON settings, so the console sends exactly what a client of the API would. Only what a browser input
/// cannot say as the body's type (a number, a moment in the business time zone) is checked here; everything else is the
/// API's parser's to refuse.
/// </summary>
public static class TicketFormBody
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static readonly string[] MomentFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"];

    public static (TicketCommandRequest? Body, Dictionary<string, string[]> Errors) Build(
        IReadOnlyList<TicketCommandField> fields, IReadOnlyDictionary<string, string?> values, ConsoleTime time, TicketActionText words)
    {
        var body = new JsonObject();
        var errors = new Dictionary<string, string[]>();
        foreach (var field in fields)
        {
            if (!values.TryGetValue(field.Name, out var value) || string.IsNullOrEmpty(value))
            {
                continue; // not given: the API's parser says whether the command needs it
            }

            switch (field.Kind)
            {
                case TicketFieldKind.Number when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number):
                    body[field.Name] = number;
                    break;
                case TicketFieldKind.Number:
                    errors[field.Name] = [words.MustBeWholeNumber];
                    break;
                case TicketFieldKind.YesNo:
                    body[field.Name] = value == "true";
                    break;
                case TicketFieldKind.Moment when Moment(value, time) is { } moment:
                    body[field.Name] = moment;
                    break;
                case TicketFieldKind.Moment:
                    errors[field.Name] = [words.MustBeMoment];
                    break;
                default:
                    body[field.Name] = value;
                    break;
            }
        }

        return errors.Count > 0 ? (null, errors) : (body.Deserialize<TicketCommandRequest>(Web), errors);
    }

    /// <summary>A browser's local date and time (datetime-local) read in the business time zone.</summary>
    private static DateTimeOffset? Moment(string value, ConsoleTime time) =>
        DateTime.TryParseExact(value, MomentFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ? time.Instant(local) : null;
}
