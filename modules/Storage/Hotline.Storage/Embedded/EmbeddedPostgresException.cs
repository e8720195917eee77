namespace Hotline.Storage.Embedded;

/// <summary>The embedded PostgreSQL could not be found, initialised or started; the message says what to do.</summary>
public sealed class EmbeddedPostgresException(string message, Exception? inner = null) : Exception(message, inner);
