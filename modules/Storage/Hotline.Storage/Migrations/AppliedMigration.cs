namespace Hotline.Storage.Migrations;

/// <summary>A row of <c>hotline_schema_migrations</c>.</summary>
internal sealed record AppliedMigration(int Version, string Name, string Checksum);
