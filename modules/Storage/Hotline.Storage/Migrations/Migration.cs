namespace Hotline.Storage.Migrations;

/// <summary>One embedded migration script: <c>Migrations/NNNN_name.sql</c> of the module (assembly) <paramref name="Module"/>.</summary>
internal sealed record Migration(int Version, string Name, string Sql, string Checksum, string Module)
{
    /// <summary>The journal knows a migration by version, name and checksum only: the owning module may change.</summary>
    public string Label => $"{Version:D4}_{Name}";
}
