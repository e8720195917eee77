namespace Hotline.Storage.Migrations;

/// <summary>The database schema cannot be brought up to date safely; the message says why and what to do.</summary>
public sealed class SchemaMigrationException(string message, Exception? inner = null) : Exception(message, inner);
