namespace Hotline.Operations.Contracts;

/// <summary>
/// The embedded PostgreSQL this host started or shares: whether its server process is up, where, how many hosts use
/// it, and the supervisor's view: its status, how many times it restarted the server, and the last failure seen.
/// </summary>
public sealed record EmbeddedDatabaseState(
    bool Running,
    int Port,
    string DataFolder,
    int SharedByHosts,
    EmbeddedServerStatus Status = EmbeddedServerStatus.Running,
    int Restarts = 0,
    string? LastError = null);
