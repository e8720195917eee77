using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hotline.Host.Http;

/// <summary>Which field a rejected request got wrong, and what is wrong with it, in the API's own words.</summary>
internal static partial class BadRequestField
{
    public const string Body = "body";

    public static (string Field, string Problem) Describe(BadHttpRequestException exception, int maxJsonDepth)
    {
        if (exception.InnerException is JsonException json)
        {
            return (FromJsonPath(json.Path), JsonProblem(json, maxJsonDepth));
        }

        var message = exception.Message;
        if (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (Body, "the request body is larger than this endpoint accepts");
        }

        if (exception.StatusCode == StatusCodes.Status415UnsupportedMediaType)
        {
            return ("Content-Type", "send the body as application/json");
        }

        if (message.Contains("body", StringComparison.OrdinalIgnoreCase))
        {
            return (Body, "a JSON body is required");
        }

        return ParameterPattern().Match(message) is { Success: true } match
            ? (match.Groups["name"].Value, message.StartsWith("Required", StringComparison.Ordinal) ? "is required" : "has a value that cannot be read as this parameter's type")
            : ("request", "the request is malformed");
    }

    /// <summary>"$.kind" → "kind"; "$.departments[2]" → "departments"; "$['odd name'].x" → "odd name"; "$" or none → "body".</summary>
    public static string FromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return Body;
        }

        var rest = path.StartsWith('$') ? path[1..] : path;
        string? name = rest switch
        {
            ['.', .. var tail] => tail.Split('.', '[')[0],
            ['[', '\'', .. var tail] when tail.IndexOf("']", StringComparison.Ordinal) is var end and >= 0 => tail[..end],
            _ => null,
        };
        return string.IsNullOrEmpty(name) ? Body : char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string JsonProblem(JsonException json, int maxJsonDepth)
    {
        var message = json.Message;
        var where = json.LineNumber is { } line ? $" (line {line + 1}, byte {json.BytePositionInLine + 1})" : "";
        if (message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase))
        {
            return $"nests deeper than {maxJsonDepth} levels{where}";
        }

        if (message.StartsWith("must ", StringComparison.Ordinal))
        {
            return message; // our own converters' words (StrictStringConverter)
        }

        if (!message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return $"is not well-formed JSON{where}";
        }

        var expected = message switch
        {
            _ when message.Contains("[]", StringComparison.Ordinal) || message.Contains("List`", StringComparison.Ordinal) => "an array",
            _ when message.Contains("Int32", StringComparison.Ordinal) || message.Contains("Int64", StringComparison.Ordinal) => "a whole number",
            _ when message.Contains("Decimal", StringComparison.Ordinal) || message.Contains("Double", StringComparison.Ordinal) => "a number",
            _ when message.Contains("Boolean", StringComparison.Ordinal) => "true or false",
            _ when message.Contains("DateTime", StringComparison.Ordinal) => "an ISO 8601 date and time",
            _ when message.Contains("Guid", StringComparison.Ordinal) => "a GUID",
            _ when message.Contains("System.String", StringComparison.Ordinal) => "a string",
            _ => "a value of another type",
        };
        return $"must be {expected}{where}";
    }

    [GeneratedRegex("parameter \"(?<type>[^\"]+) (?<name>[^\" ]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterPattern();
}
