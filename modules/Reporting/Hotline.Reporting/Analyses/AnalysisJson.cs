using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hotline.Reporting.Analyses;

/// <summary>
/// The canonical JSON of an analysis: one fixed set of options (web names, enums by name, no indentation), so the
/// same analysis always gives the same text, and the SHA-256 (lowercase hex) of its UTF-8 bytes is what a release freezes.
/// </summary>
public static class AnalysisJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    public static string Serialize(WeeklyAnalysis analysis) => JsonSerializer.Serialize(analysis, Options);

    public static WeeklyAnalysis Deserialize(string content) =>
        JsonSerializer.Deserialize<WeeklyAnalysis>(content, Options) ?? throw new JsonException("an empty weekly analysis");

    public static string Sha256(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
