namespace Hotline.Storage.Migrations;

/// <summary>One embedded migration script: <c>NNNN_name.sql</c>.</summary>
internal sealed record Migration(int Version, string Name, string Sql, string Checksum)
{
    public string Label => $"{Version:D4}_{Name}";
}
