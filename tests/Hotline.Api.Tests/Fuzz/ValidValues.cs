using System.Text.Json.Nodes;

namespace Hotline.Api.Tests.Fuzz;

/// <summary>
/// A valid value for each input, by name where the API's vocabulary is known and by type otherwise. The
/// generator starts every request from these and then breaks it, so the flaw is what gets rejected.
/// </summary>
public sealed class ValidValues(string existingTicketId, DateTimeOffset now)
{
    private static readonly string[] TicketCommands = [.. Hotline.Tickets.Contracts.TicketCommands.All];
    private static readonly string[] WarningCommands = ["verify", "dismiss", "answer", "assign-departments"];

    public JsonNode? Body(FuzzField field, Random random) => field.Name switch
    {
        "requestId" => Guid.NewGuid().ToString("N"),
        "kind" => "Complaint",
        "projectId" => "p-sunrise",
        "text" => "3號樓電梯壞了",
        "severity" => "General",
        "location" => "3號樓",
        "personId" or "registeredBy" => "cc-agent-1",
        "household" => "3-101",
        "note" or "plan" or "reason" or "department" => "已聯繫業主",
        "completionDueAt" or "followUpAt" => now.AddDays(3).ToString("O"),
        "attempts" => 1,
        "rating" => 5,
        "departments" => new JsonArray("EngineeringDept"),
        "category" or "channel" or "role" => null,
        _ => ByType(field, random),
    };

    public string? Query(FuzzField field) => field.Name switch
    {
        "personId" => "cc-agent-1",
        "month" => "2026-11",
        "projectId" => "p-sunrise",
        _ => null,
    };

    public string Route(FuzzEndpoint endpoint, RouteSlot slot, Random random) => (endpoint.Pattern, slot.Name) switch
    {
        (var p, "id") when p.StartsWith("/api/tickets", StringComparison.Ordinal) => existingTicketId,
        (var p, "id") when p.StartsWith("/api/organization/branches", StringComparison.Ordinal) => "north",
        (var p, "id") when p.StartsWith("/api/organization/projects", StringComparison.Ordinal) => "p-sunrise",
        (var p, "command") when p.StartsWith("/api/tickets", StringComparison.Ordinal) => TicketCommands[random.Next(TicketCommands.Length)],
        (var p, "command") when p.StartsWith("/api/warnings", StringComparison.Ordinal) => WarningCommands[random.Next(WarningCommands.Length)],
        _ => slot.GuidConstrained || slot.Type == FieldType.Guid ? Guid.NewGuid().ToString() : "x",
    };

    private JsonNode? ByType(FuzzField field, Random random) => field.Type switch
    {
        FieldType.Text => "x",
        FieldType.Integer => 1,
        FieldType.Number => 1.5,
        FieldType.Boolean => random.Next(2) == 0,
        FieldType.DateTime => now.AddDays(1).ToString("O"),
        FieldType.Guid => Guid.NewGuid().ToString(),
        FieldType.TextArray => new JsonArray("x"),
        FieldType.Enum => Enum.GetNames(Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType)[0],
        _ => new JsonObject(),
    };
}
