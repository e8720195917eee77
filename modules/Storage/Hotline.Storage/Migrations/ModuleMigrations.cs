using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace Hotline.Storage.Migrations;

/// <summary>
/// Reads the migrations one module embeds: resources named <c>&lt;Assembly&gt;.Migrations.NNNN_name.sql</c>
/// (a csproj line embeds the module's <c>Migrations/*.sql</c> so). A .sql resource anywhere else is refused:
/// it would look like a migration to a reader and never run.
/// </summary>
internal static class ModuleMigrations
{
    public static IReadOnlyList<Migration> Read(Assembly assembly)
    {
        var module = assembly.GetName().Name!;
        var prefix = module + ".Migrations.";
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".sql", StringComparison.OrdinalIgnoreCase)))
        {
            if (!resource.StartsWith(prefix, StringComparison.Ordinal))
            {
                throw new SchemaMigrationException(
                    $"{module} embeds '{resource}' outside its Migrations folder; a migration must be {prefix}NNNN_name.sql (Migrations/NNNN_name.sql).");
            }

            migrations.Add(Read(assembly, module, resource, resource[prefix.Length..^".sql".Length]));
        }

        return migrations;
    }

    private static Migration Read(Assembly assembly, string module, string resource, string fileName)
    {
        var separator = fileName.IndexOf('_');
        if (separator <= 0 || fileName.Contains('.', StringComparison.Ordinal)
            || !int.TryParse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version <= 0)
        {
            throw new SchemaMigrationException($"Migration file '{fileName}.sql' in {module} must be named Migrations/NNNN_name.sql with NNNN > 0.");
        }

        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        // Normalised line endings: a checkout with CRLF must not look like an edited migration.
        var sql = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
        var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
        return new Migration(version, fileName[(separator + 1)..], sql, checksum, module);
    }
}
