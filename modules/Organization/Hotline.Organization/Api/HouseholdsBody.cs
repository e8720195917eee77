using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Hotline.Organization.Api;

/// <summary>Reads <c>{"households": n}</c>; every problem, malformed JSON included, names the field.</summary>
public static class HouseholdsBody
{
    public const string Field = "households";

    public static async Task<(int Households, string? Problem)> Read(HttpRequest request)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            return Check(body.RootElement);
        }
        catch (JsonException)
        {
            return (0, "the body must be a JSON object such as {\"households\": 1200}");
        }
    }

    public static (int Households, string? Problem) Check(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (0, "the body must be a JSON object such as {\"households\": 1200}");
        }

        var value = root.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, Field, StringComparison.OrdinalIgnoreCase)).Value;
        return value.ValueKind switch
        {
            JsonValueKind.Undefined or JsonValueKind.Null => (0, "households is required"),
            JsonValueKind.Number when value.TryGetInt32(out var n) && n >= 0 => (n, null),
            JsonValueKind.Number when value.TryGetInt32(out _) => (0, "households cannot be negative"),
            _ => (0, "households must be a whole number from 0 to 2147483647"),
        };
    }
}
