using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Hotline.Storage.Migrations;

/// <summary>Reads the <c>Migrations/NNNN_name.sql</c> files embedded in this assembly, in version order.</summary>
internal static class EmbeddedMigrations
{
    private const string ResourcePrefix = "Hotline.Storage.Migrations.";
    private static readonly Lazy<IReadOnlyList<Migration>> Cached = new(Load);

    public static IReadOnlyList<Migration> All => Cached.Value;

    private static IReadOnlyList<Migration> Load()
    {
        var assembly = typeof(EmbeddedMigrations).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Read(assembly, name))
            .OrderBy(migration => migration.Version)
            .ToList();

        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Two embedded migrations share version {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.Label))}.");
        }

        return migrations;
    }

    private static Migration Read(Assembly assembly, string resourceName)
    {
        var fileName = resourceName[ResourcePrefix.Length..^".sql".Length];
        var separator = fileName.IndexOf('_');
        if (separator <= 0 || !int.TryParse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version <= 0)
        {
            throw new InvalidOperationException($"Migration file '{fileName}.sql' must be named NNNN_name.sql with NNNN > 0.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // Normalised line endings: a checkout with CRLF must not look like an edited migration.
        var sql = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
        return new Migration(version, fileName[(separator + 1)..], sql, checksum);
    }
}
