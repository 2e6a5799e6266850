using Microsoft.Extensions.DependencyInjection;
using Ugc.Contracts.Shoppers;
using Ugc.Grains.Velocity;

namespace Ugc.Grains.Shoppers;

/// <summary>
/// Sliding-window counters of one device, address, e-mail or product, shared by every shopper using it. Limits come
/// with each call (they belong to the client's profile); each distinct window gets its own counter. The counters live
/// in memory only, so a check never costs a database round trip, not even at activation: the windows are minutes to
/// an hour of abuse heuristics, the activation stays alive while a window holds counts, and a silo restart forgets
/// them (the shopper's own window and the duplicate-text memory are persisted).
/// </summary>
[CollectionAgeLimit(Minutes = GrainLifetimes.SubmissionGrainMinutes)]
public sealed class VelocityGrain([FromKeyedServices(DomainClock.Key)] TimeProvider time) : Grain, IVelocityGrain
{
    private readonly Dictionary<TimeSpan, SlidingWindowCounter> _windows = [];

    public Task<(bool Allowed, TimeSpan? RetryAfter)> TryAcquireAsync(int limit, TimeSpan window)
    {
        var now = time.GetUtcNow();
        var counter = Counter(window);
        if (!counter.TryAcquire(now, limit))
        {
            // Nothing changed: a rejected attempt neither counts nor extends the block.
            var retryAfter = counter.NextExpiry(now) is { } expiry && expiry > now ? expiry - now : window;
            return Task.FromResult<(bool, TimeSpan?)>((false, retryAfter));
        }

        Counted(now);
        return Task.FromResult<(bool, TimeSpan?)>((true, null));
    }

    public Task<int> RecordAsync(TimeSpan window)
    {
        var now = time.GetUtcNow();
        var count = Counter(window).Add(now);
        Counted(now);
        return Task.FromResult(count);
    }

    private SlidingWindowCounter Counter(TimeSpan window)
    {
        if (!_windows.TryGetValue(window, out var counter))
        {
            _windows[window] = counter = new SlidingWindowCounter(window);
        }

        return counter;
    }

    private void Counted(DateTimeOffset now)
    {
        // Windows no longer in use (a limit changed in the profile) are dropped once they run empty.
        foreach (var (window, counter) in _windows.ToList())
        {
            if (counter.Count(now) == 0)
            {
                _windows.Remove(window);
            }
        }

        // Kept in memory while its counts matter, however idle it is meanwhile.
        if (_windows.Count > 0)
        {
            DelayDeactivation(_windows.Keys.Max());
        }
    }
}
