namespace Hotline.Operations.Contracts;

/// <summary>The host's supervision of its embedded PostgreSQL (issue 14): it restarts a server that died, until the host stops.</summary>
public enum EmbeddedServerStatus
{
    /// <summary>The server process is watched and was up when last seen.</summary>
    Running,

    /// <summary>The server process exited; restarts are being tried with back-off.</summary>
    Restarting,

    /// <summary>Restarts have kept failing until the back-off reached its longest wait: an operator should look (still retrying).</summary>
    Failed,
}
