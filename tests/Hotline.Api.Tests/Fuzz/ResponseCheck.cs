using System.Net;
using System.Text.Json;

namespace Hotline.Api.Tests.Fuzz;

/// <summary>What every answer to a malformed request must be: a 4xx problem document that says what was wrong.</summary>
public static class ResponseCheck
{
    /// <summary>Null when the answer is right; otherwise why not.</summary>
    public static string? Problem(HttpStatusCode status, string? mediaType, string body)
    {
        var code = (int)status;
        if (code >= 500)
        {
            return $"{code} server error";
        }

        if (code is 401 or 403)
        {
            return $"{code}: refused by the access layer, so the input was never checked";
        }

        if (code < 400)
        {
            return $"{code}: a malformed request was accepted";
        }

        if (body.Contains("   at ", StringComparison.Ordinal) || body.Contains("Exception", StringComparison.Ordinal))
        {
            return $"{code}: the answer leaks exception details";
        }

        if (mediaType != "application/problem+json")
        {
            return $"{code}: content type {mediaType ?? "(none)"}, not application/problem+json";
        }

        JsonElement problem;
        try
        {
            problem = JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException)
        {
            return $"{code}: the problem document is not JSON";
        }

        if (code == 400 && !NamesAField(problem))
        {
            return $"400 without an errors object naming a field: {Short(body)}";
        }

        return null;
    }

    private static bool NamesAField(JsonElement problem) =>
        (problem.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object && errors.EnumerateObject().Any())
        || (problem.TryGetProperty("field", out var field) && field.ValueKind == JsonValueKind.String);

    private static string Short(string value) => value.Length <= 200 ? value : value[..200] + "…";
}
