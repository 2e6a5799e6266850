using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Ugc.Contracts.Shoppers;
using Ugc.Grains.Options;
using Ugc.Grains.Storage;
using Ugc.Grains.Velocity;

namespace Ugc.Grains.Shoppers;

/// <summary>
/// Sliding-window counters of one device, address, e-mail, text or product, shared by every shopper using it.
/// Limits come with each call (they belong to the client's profile); each distinct window gets its own counter.
/// Counts answer from memory and are written behind (<see cref="SubmissionPipelineOptions.BookkeepingDelay"/>): they
/// are abuse heuristics, and a submission never waits on a database for them.
/// </summary>
public sealed class VelocityGrain(
    [PersistentState("velocity")] IPersistentState<VelocityState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider time,
    IOptions<SubmissionPipelineOptions> options) : Grain, IVelocityGrain
{
    private DeferredStateWriter? _writer;

    private DeferredStateWriter Writer => _writer ??= new DeferredStateWriter(this, state, options.Value.BookkeepingDelay);

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

        Save(counter, now);
        return Task.FromResult<(bool, TimeSpan?)>((true, null));
    }

    public Task<int> RecordAsync(TimeSpan window)
    {
        var now = time.GetUtcNow();
        var counter = Counter(window);
        var count = counter.Add(now);
        Save(counter, now);
        return Task.FromResult(count);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Writer.FlushAsync();

    private static string Key(TimeSpan window) => window.Ticks.ToString(CultureInfo.InvariantCulture);

    private SlidingWindowCounter Counter(TimeSpan window) =>
        state.State.Windows.TryGetValue(Key(window), out var saved) ? SlidingWindowCounter.FromState(saved) : new SlidingWindowCounter(window);

    private void Save(SlidingWindowCounter counter, DateTimeOffset now)
    {
        state.State.Windows[Key(counter.Window)] = counter.ToState();

        // Windows no longer in use (a limit changed in the profile) are dropped once they run empty.
        foreach (var (key, saved) in state.State.Windows.ToList())
        {
            if (SlidingWindowCounter.FromState(saved).Count(now) == 0)
            {
                state.State.Windows.Remove(key);
            }
        }

        Writer.Changed();
    }
}
