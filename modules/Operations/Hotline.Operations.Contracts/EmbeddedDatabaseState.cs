namespace Hotline.Operations.Contracts;

/// <summary>The embedded PostgreSQL this host started or shares: whether its server process is up, where, and how many hosts use it.</summary>
public sealed record EmbeddedDatabaseState(bool Running, int Port, string DataFolder, int SharedByHosts);
