using System.Collections.Immutable;
using Hotline.CallCenter.Contracts;

namespace Hotline.CallCenter.Ringing;

/// <summary>
/// <see cref="IRingingCallsGrain"/>: the last few calls of one agent. No storage on purpose: the caller's number is
/// personal data the call log never keeps, and a pop lost with an activation costs nothing the CTI has not shown.
/// </summary>
public sealed class RingingCallsGrain : Grain, IRingingCallsGrain
{
    /// <summary>Enough for calls that ring while the agent is busy; older ones are dropped.</summary>
    internal const int Kept = 5;

    private ImmutableList<RingingCall> _recent = [];

    public Task Ring(RingingCall call)
    {
        // A CTI retry of the same call id does not pop twice.
        if (_recent.All(c => c.CallId != call.CallId))
        {
            _recent = _recent.Insert(0, call);
            if (_recent.Count > Kept)
            {
                _recent = _recent.RemoveAt(_recent.Count - 1);
            }
        }

        return Task.CompletedTask;
    }

    public Task<RingingCall[]> Recent() => Task.FromResult(_recent.ToArray());
}
