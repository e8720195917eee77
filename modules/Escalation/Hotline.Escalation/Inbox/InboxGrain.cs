using System.Collections.Immutable;
using Hotline.Escalation.Contracts;

namespace Hotline.Escalation.Inbox;

/// <summary>One person's inbox (key: person id). An item id is delivered once, however often it is sent.</summary>
public sealed class InboxGrain(
    [PersistentState("inbox")] IPersistentState<InboxState> state) : Grain, IInboxGrain
{
    public async Task<bool> Deliver(InboxItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (state.State.Items.Any(i => i.Id == item.Id))
        {
            return false;
        }

        state.State = state.State with { Items = state.State.Items.Add(item) };
        await state.WriteStateAsync();
        return true;
    }

    public Task<ImmutableArray<InboxItem>> Get() =>
        Task.FromResult<ImmutableArray<InboxItem>>([.. state.State.Items.Reverse()]);
}
