using System.Collections.Immutable;

namespace Hotline.Tickets.Dispatch;

/// <inheritdoc cref="IDispatchTurnGrain"/>
public sealed class DispatchTurnGrain([PersistentState("turn")] IPersistentState<DispatchTurnState> state) : Grain, IDispatchTurnGrain
{
    public async Task<string?> Next(ImmutableArray<string> candidates)
    {
        if (candidates.IsDefaultOrEmpty)
        {
            return null;
        }

        var ordered = candidates.Order(StringComparer.Ordinal).ToList();
        var last = state.State.Last;
        // Someone who was not a candidate last time (off duty, at cap) keeps their place in the order, not the turn.
        var next = last is null ? ordered[0] : ordered.FirstOrDefault(id => string.CompareOrdinal(id, last) > 0) ?? ordered[0];
        state.State = new DispatchTurnState { Last = next };
        await state.WriteStateAsync();
        return next;
    }
}
