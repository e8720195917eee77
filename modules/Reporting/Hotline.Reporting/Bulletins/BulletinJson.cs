using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Hotline.Reporting.Bulletins;

/// <summary>
/// The canonical form a bulletin is frozen in: compact JSON, camelCase names in the records' declaration order, times
/// in UTC, non-ASCII escaped (the default encoder), so the same bulletin always gives the same bytes and hash.
/// </summary>
public static class BulletinJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public static string Canonical(MonthlyBulletin bulletin) => JsonSerializer.Serialize(bulletin, Options);

    public static MonthlyBulletin Read(string content) =>
        JsonSerializer.Deserialize<MonthlyBulletin>(content, Options) ?? throw new InvalidDataException("a stored bulletin reads as null");

    /// <summary>Lowercase hex SHA-256 of the content's UTF-8 bytes.</summary>
    public static string Sha256(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
