using System.Text.Json;

namespace Hotline.Cluster.Tests.Faults;

/// <summary>A ticket's timeline as read back: the actions of its entries and its start clock.</summary>
public sealed record TicketRead(IReadOnlyList<(string Action, string Note)> Entries, DateTimeOffset StartDue, DateTimeOffset? StartMet, DateTimeOffset? StartBreachRecorded)
{
    /// <summary>Due and neither met nor breached yet: the deadline still waits to be acted on.</summary>
    public bool AwaitsBreach(DateTimeOffset now) => StartMet is null && StartBreachRecorded is null && StartDue <= now;

    public int Count(string action) => Entries.Count(e => e.Action == action);

    /// <summary>"breach" entries naming the start clock (the note lists the clocks breached at that tick).</summary>
    public int StartBreaches => Entries.Count(e => e.Action == "breach" && e.Note.Split(", ").Contains("Start"));

    /// <summary>From GET /api/tickets/{id}/timeline (enums are written as names).</summary>
    public static TicketRead Of(JsonElement timeline)
    {
        var entries = timeline.GetProperty("entries").EnumerateArray()
            .Select(e => (e.GetProperty("action").GetString()!, e.GetProperty("note").GetString() ?? "")).ToList();
        var start = timeline.GetProperty("clocks").EnumerateArray().First(c => c.GetProperty("kind").GetString() == "Start");
        return new TicketRead(entries, start.GetProperty("dueAt").GetDateTimeOffset(), Time(start, "metAt"), Time(start, "breachRecordedAt"));
    }

    private static DateTimeOffset? Time(JsonElement clock, string name) =>
        clock.GetProperty(name) is { ValueKind: JsonValueKind.String } at ? at.GetDateTimeOffset() : null;
}
