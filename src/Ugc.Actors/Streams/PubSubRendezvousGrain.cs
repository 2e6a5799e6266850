using Ugc.Actors.Persistence;

namespace Ugc.Actors.Streams;

/// <summary>The explicit subscriptions of one stream, kept durably (key: provider/namespace/key).</summary>
public interface IPubSubRendezvousGrain : IGrainWithStringKey
{
    /// <summary>Adds a subscription.</summary>
    Task AddAsync(StreamSubscription subscription);

    /// <summary>Removes a subscription by handle.</summary>
    Task RemoveAsync(Guid handleId);

    /// <summary>Every subscription of the stream.</summary>
    [ReadOnly]
    Task<IReadOnlyList<StreamSubscription>> GetAsync();
}

/// <summary>One explicit subscription: which handle, which consumer grain.</summary>
public sealed record StreamSubscription(Guid HandleId, string GrainId);

/// <summary>State of <see cref="PubSubRendezvousGrain"/>.</summary>
public sealed class PubSubState
{
    public List<StreamSubscription> Subscriptions { get; set; } = [];
}

[GrainType("pubsub")]
internal sealed class PubSubRendezvousGrain([PersistentState("subscriptions", PubSubRendezvousGrain.StorageName)] IPersistentState<PubSubState> state)
    : Grain, IPubSubRendezvousGrain
{
    public const string StorageName = "PubSubStore";

    public async Task AddAsync(StreamSubscription subscription)
    {
        if (state.State.Subscriptions.All(s => s.HandleId != subscription.HandleId))
        {
            state.State.Subscriptions.Add(subscription);
            await state.WriteStateAsync();
        }
    }

    public async Task RemoveAsync(Guid handleId)
    {
        if (state.State.Subscriptions.RemoveAll(s => s.HandleId == handleId) > 0)
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<StreamSubscription>> GetAsync() => Task.FromResult<IReadOnlyList<StreamSubscription>>([.. state.State.Subscriptions]);
}
