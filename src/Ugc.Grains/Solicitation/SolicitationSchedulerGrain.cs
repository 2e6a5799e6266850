using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ugc.Contracts.Solicitation;
using Ugc.Grains.Storage;

namespace Ugc.Grains.Solicitation;

/// <summary>
/// A client's solicitation scheduler (<see cref="ISolicitationSchedulerGrain"/>): one reminder per client, ticking every
/// <see cref="SolicitationOptions.DispatchPeriod"/> while any bucket holds wake-ups; each tick sets the due buckets
/// dispatching with one-way calls and returns, so a slow round never holds the tick. Reentrant: buckets report back
/// while it ticks; writes are serialized.
/// </summary>
[Reentrant]
public sealed partial class SolicitationSchedulerGrain(
    [PersistentState("solicitation-scheduler")] IPersistentState<SolicitationSchedulerState> state,
    IOptions<SolicitationOptions> options,
    [FromKeyedServices(DomainClock.Key)] TimeProvider domainTime,
    TimeProvider runtimeTime,
    ILogger<SolicitationSchedulerGrain> logger) : Grain, ISolicitationSchedulerGrain, IRemindable
{
    private const string ReminderName = "solicitation-dispatch";

    // Buckets set dispatching and not yet reported back, by when (runtime clock): a lost report is retried after a while.
    private readonly Dictionary<string, DateTimeOffset> _inFlight = new(StringComparer.Ordinal);
    private readonly CoalescingStateWriter _writer = new(state);
    private long _ticks;

    private SolicitationSchedulerState S => state.State;

    public async Task NoteAsync(string bucket, DateTimeOffset nextWake)
    {
        if (!S.Buckets.TryGetValue(bucket, out var known) || nextWake < known)
        {
            S.Buckets[bucket] = nextWake;
            await EnsureReminderAsync();
            await _writer.WriteAsync();
        }
    }

    public async Task ProgressAsync(string bucket, DateTimeOffset? nextWake)
    {
        _inFlight.Remove(bucket);
        var changed = nextWake is { } wake ? !S.Buckets.TryGetValue(bucket, out var known) || known != wake : S.Buckets.ContainsKey(bucket);
        if (nextWake is { } next)
        {
            S.Buckets[bucket] = next;
        }
        else
        {
            S.Buckets.Remove(bucket);
        }

        if (S.Buckets.Count == 0 && S.ReminderRegistered && _inFlight.Count == 0)
        {
            if (await this.GetReminder(ReminderName) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            S.ReminderRegistered = false;
            changed = true;
        }

        if (changed)
        {
            await _writer.WriteAsync();
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => TickAsync();

    public async Task TickAsync()
    {
        var now = domainTime.GetUtcNow();
        var runtimeNow = runtimeTime.GetUtcNow();
        var stale = options.Value.DispatchPeriod * 10;
        var kicked = 0;
        foreach (var (bucket, wake) in S.Buckets.ToList())
        {
            if (wake > now || (_inFlight.TryGetValue(bucket, out var since) && runtimeNow - since < stale))
            {
                continue;
            }

            _inFlight[bucket] = runtimeNow;
            await GrainFactory.GetGrain<ISolicitationBucketGrain>(bucket).DispatchAsync(now);
            kicked++;
        }

        S.LastTick = now;
        _ticks++;
        if (kicked > 0)
        {
            LogTick(logger, this.GetPrimaryKeyString(), kicked, S.Buckets.Count);
        }
    }

    public Task<SchedulerView> GetAsync() =>
        Task.FromResult(new SchedulerView(new Dictionary<string, DateTimeOffset>(S.Buckets, StringComparer.Ordinal), S.LastTick, _ticks, _inFlight.Count));

    private async Task EnsureReminderAsync()
    {
        if (!S.ReminderRegistered)
        {
            var period = options.Value.DispatchPeriod;
            await this.RegisterOrUpdateReminder(ReminderName, period, period);
            S.ReminderRegistered = true;
        }
    }

    [LoggerMessage(EventId = 2721, Level = LogLevel.Debug, Message = "Client {ClientId}: {Kicked} of {Buckets} buckets dispatching")]
    private static partial void LogTick(ILogger logger, string clientId, int kicked, int buckets);
}
