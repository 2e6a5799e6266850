using Microsoft.Extensions.DependencyInjection;
using Ugc.Contracts.Clients;
using Ugc.Grains.Storage;

namespace Ugc.Grains.Activity;

/// <summary>
/// Daily counters of one client. Every moderation decision and analytics event lands here, so it is reentrant and
/// coalesces writes: counts that arrive while a write is in flight are stored together by the next one, and each
/// caller returns once a write that includes its count has completed (nothing acknowledged is lost, and no two
/// writes overlap with the same ETag).
/// </summary>
[Reentrant]
public sealed class ClientActivityGrain(
    [PersistentState("activity")] IPersistentState<ClientActivityState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider time) : Grain, IClientActivityGrain
{
    /// <summary>Days kept per counter.</summary>
    public const int Days = 90;

    private readonly CoalescingStateWriter _writer = new(state);

    public Task CountAsync(string counter, DateOnly day, long amount)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(counter);
        var counters = state.State.Counters;
        if (!counters.TryGetValue(counter, out var days))
        {
            counters[counter] = days = [];
        }

        days[day] = days.GetValueOrDefault(day) + amount;
        var oldest = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-Days);
        foreach (var old in days.Keys.Where(d => d < oldest).ToList())
        {
            days.Remove(old);
        }

        return _writer.WriteAsync();
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyDictionary<DateOnly, long>>> GetAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, IReadOnlyDictionary<DateOnly, long>>>(state.State.Counters.ToDictionary(
            a => a.Key,
            a => (IReadOnlyDictionary<DateOnly, long>)a.Value.OrderByDescending(d => d.Key).ToDictionary(d => d.Key, d => d.Value),
            StringComparer.Ordinal));
}
