namespace Hotline.Storage.Migrations;

/// <summary>Settings Orleans' ADO.NET providers need to run on the schema these migrations create.</summary>
public static class OrleansAdoNet
{
    /// <summary>
    /// The ADO.NET invariant for PostgreSQL. Grain storage defaults to SQL Server's invariant,
    /// so every provider must be given this one explicitly.
    /// </summary>
    public const string Invariant = "Npgsql";
}
