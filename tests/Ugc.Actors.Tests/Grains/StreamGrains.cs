using System.Collections.Concurrent;
using Ugc.Actors.Reminders;
using Ugc.Actors.Streams;

namespace Ugc.Actors.Tests.Grains;

/// <summary>An event on the test streams.</summary>
public sealed record ReviewEvent(string ProductId, int Number, bool Poison = false);

/// <summary>Consumers record what they saw, per stream key, for tests to read.</summary>
public static class Seen
{
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<(int Number, long Token)>> s_events = new();

    public static void Add(string key, int number, long token) => s_events.GetOrAdd(key, _ => new()).Enqueue((number, token));

    public static IReadOnlyList<int> Numbers(string key) => s_events.TryGetValue(key, out var q) ? [.. q.Select(e => e.Number)] : [];

    public static IReadOnlyList<long> Tokens(string key) => s_events.TryGetValue(key, out var q) ? [.. q.Select(e => e.Token)] : [];
}

public interface IReviewCounterGrain : IGrainWithStringKey
{
    Task<int> CountAsync();
}

/// <summary>Implicitly subscribed to "reviews": gets every event of the stream with its own key, in order.</summary>
[ImplicitStreamSubscription("reviews")]
public sealed class ReviewCounterGrain : Grain, IReviewCounterGrain, IAsyncObserver<ReviewEvent>
{
    private static readonly ConcurrentDictionary<string, int> s_failuresLeft = new();
    private int _count;

    /// <summary>Makes the next <paramref name="times"/> deliveries of a poison event to this key fail.</summary>
    public static void FailPoison(string key, int times) => s_failuresLeft[key] = times;

    public Task<int> CountAsync() => Task.FromResult(_count);

    public Task OnNextAsync(ReviewEvent item, StreamSequenceToken? token = null)
    {
        var key = this.GetPrimaryKeyString();
        if (item.Poison && s_failuresLeft.AddOrUpdate(key, 0, (_, left) => left - 1) >= 0)
        {
            throw new InvalidOperationException($"cannot handle event {item.Number}");
        }

        _count++;
        Seen.Add("implicit:" + key, item.Number, token!.SequenceNumber);
        return Task.CompletedTask;
    }
}

public interface IFollowerGrain : IGrainWithStringKey
{
    Task FollowAsync(string provider, string productId);

    Task UnfollowAllAsync(string provider, string productId);
}

/// <summary>Subscribes explicitly; resumes its subscriptions after reactivation.</summary>
public sealed class FollowerGrain : Grain, IFollowerGrain, IStreamSubscriptionObserver
{
    public async Task FollowAsync(string provider, string productId) =>
        await this.GetStreamProvider(provider).GetStream<ReviewEvent>(StreamId.Create("reviews", productId)).SubscribeAsync(OnReviewAsync);

    public async Task UnfollowAllAsync(string provider, string productId)
    {
        var stream = this.GetStreamProvider(provider).GetStream<ReviewEvent>(StreamId.Create("reviews", productId));
        foreach (var handle in await stream.GetAllSubscriptionHandles())
        {
            await handle.UnsubscribeAsync();
        }
    }

    public Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        handleFactory.Create<ReviewEvent>().ResumeAsync(OnReviewAsync);

    private Task OnReviewAsync(ReviewEvent item, StreamSequenceToken? token)
    {
        Seen.Add("explicit:" + this.GetPrimaryKeyString() + ":" + item.ProductId, item.Number, token!.SequenceNumber);
        return Task.CompletedTask;
    }
}

public interface IReminderGrain : IGrainWithStringKey
{
    Task StartAsync(TimeSpan period);

    Task StopAsync();

    Task<Guid> ActivationAsync();

    Task DeactivateAsync();
}

public sealed class ReminderGrain : Grain, IReminderGrain, IRemindable
{
    private readonly Guid _activation = Guid.NewGuid();

    public async Task StartAsync(TimeSpan period) => await this.RegisterOrUpdateReminder("tick", period, period);

    public async Task StopAsync()
    {
        if (await this.GetReminder("tick") is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task<Guid> ActivationAsync() => Task.FromResult(_activation);

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        Gates.Log("reminder:" + this.GetPrimaryKeyString(), _activation.ToString());
        return Task.CompletedTask;
    }
}
