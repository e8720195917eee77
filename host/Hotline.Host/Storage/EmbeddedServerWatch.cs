using Hotline.Operations.Contracts;

namespace Hotline.Host.Storage;

/// <summary>
/// The supervisor's latest word on the embedded server (<see cref="EmbeddedServerSupervisor"/>), read by the cluster
/// page and readiness through <see cref="EmbeddedDatabase"/>. The last error stays after a recovery, for the operator.
/// </summary>
internal sealed class EmbeddedServerWatch
{
    private readonly Lock _gate = new();
    private EmbeddedServerStatus _status = EmbeddedServerStatus.Running;
    private int _restarts;
    private string? _lastError;

    public (EmbeddedServerStatus Status, int Restarts, string? LastError) Read()
    {
        lock (_gate)
        {
            return (_status, _restarts, _lastError);
        }
    }

    public void WentDown(string reason) => Set(EmbeddedServerStatus.Restarting, reason);

    /// <summary>An attempt failed; <paramref name="failed"/> once the back-off has reached its longest wait.</summary>
    public void AttemptFailed(string error, bool failed) => Set(failed ? EmbeddedServerStatus.Failed : EmbeddedServerStatus.Restarting, error);

    public void Restarted()
    {
        lock (_gate)
        {
            _status = EmbeddedServerStatus.Running;
            _restarts++;
        }
    }

    private void Set(EmbeddedServerStatus status, string error)
    {
        lock (_gate)
        {
            (_status, _lastError) = (status, error);
        }
    }
}
