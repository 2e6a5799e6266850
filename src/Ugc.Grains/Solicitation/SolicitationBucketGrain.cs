using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Solicitation;
using Ugc.Grains.Storage;

namespace Ugc.Grains.Solicitation;

/// <summary>
/// One client-day shard of wake-ups (<see cref="ISolicitationBucketGrain"/>). A round takes the due orders, lets a few
/// of them send at once, moves wake-ups that fall on another day to that day's bucket, and stops early when the client's
/// channel keeps failing (its relay is down): the pause is this bucket's alone. Reentrant, so intake can add while a
/// round sends; writes are serialized.
/// </summary>
[Reentrant]
public sealed partial class SolicitationBucketGrain(
    [PersistentState("solicitation-bucket")] IPersistentState<SolicitationBucketState> state,
    IOptions<SolicitationOptions> options,
    ILogger<SolicitationBucketGrain> logger) : Grain, ISolicitationBucketGrain
{
    private readonly CoalescingStateWriter _writer = new(state);
    private DateTimeOffset? _noted;
    private bool _dispatching;

    private SolicitationBucketState S => state.State;

    private string Key => this.GetPrimaryKeyString();

    private ISolicitationSchedulerGrain Scheduler => GrainFactory.GetGrain<ISolicitationSchedulerGrain>(BucketKey.Parse(Key).ClientId);

    public async Task AddAsync(IReadOnlyList<ScheduleEntry> entries)
    {
        var changed = false;
        foreach (var entry in entries)
        {
            if (!S.Wakes.TryGetValue(entry.OrderId, out var known) || entry.WakeAt < known)
            {
                S.Wakes[entry.OrderId] = entry.WakeAt;
                changed = true;
            }
        }

        if (changed)
        {
            await _writer.WriteAsync();
        }

        await NoteAsync();
    }

    public async Task RemoveAsync(string orderId)
    {
        if (S.Wakes.Remove(orderId))
        {
            await _writer.WriteAsync();
        }
    }

    public Task<int> CountAsync() => Task.FromResult(S.Wakes.Count);

    public async Task DispatchAsync(DateTimeOffset now)
    {
        if (_dispatching)
        {
            return;
        }

        _dispatching = true;
        try
        {
            await RoundAsync(now);
        }
        catch (Exception ex)
        {
            LogRoundFailed(logger, Key, ex);
        }
        finally
        {
            _dispatching = false;
        }

        var next = NextWake();
        _noted = next;
        await Scheduler.ProgressAsync(Key, next);
    }

    private async Task RoundAsync(DateTimeOffset now)
    {
        if (S.PausedUntil > now)
        {
            return;
        }

        var (clientId, day) = BucketKey.Parse(Key);
        var client = await GrainFactory.GetGrain<IClientGrain>(clientId).GetAsync();
        var due = S.Wakes.Where(w => w.Value <= now).OrderBy(w => w.Value).Take(options.Value.MaxPerRound).Select(w => w.Key).ToList();
        if (due.Count == 0)
        {
            return;
        }

        if (client is null)
        {
            // The client is gone: its orders cannot be sent.
            due.ForEach(id => S.Wakes.Remove(id));
            await _writer.WriteAsync();
            return;
        }

        var round = new DispatchRound(GrainFactory, clientId, new DispatchRequest(now, client.Solicitation, client.Profile.Name), options.Value);
        await round.RunAsync(due);

        var forwards = new Dictionary<string, List<ScheduleEntry>>(StringComparer.Ordinal);
        foreach (var (orderId, wake) in round.Wakes)
        {
            if (wake is not { } at)
            {
                S.Wakes.Remove(orderId);
            }
            else if (DateOnly.FromDateTime(at.UtcDateTime) == day)
            {
                S.Wakes[orderId] = at;
            }
            else
            {
                var target = BucketKey.For(clientId, orderId, at, options.Value.Shards);
                (forwards.TryGetValue(target, out var list) ? list : forwards[target] = []).Add(new ScheduleEntry(orderId, at));
            }
        }

        // Wake-ups reach their new bucket before they leave this one: a stop in between repeats a wake-up, never loses one.
        await Task.WhenAll(forwards.Select(f => GrainFactory.GetGrain<ISolicitationBucketGrain>(f.Key).AddAsync(f.Value)));
        foreach (var entry in forwards.Values.SelectMany(f => f))
        {
            S.Wakes.Remove(entry.OrderId);
        }

        if (round.Paused)
        {
            S.PausedRounds++;
            S.PausedUntil = now + options.Value.Backoff(S.PausedRounds);
            LogPaused(logger, Key, S.PausedRounds, S.PausedUntil.Value);
        }
        else if (round.Counts.Sent > 0 || S.PausedRounds > 0)
        {
            S.PausedRounds = 0;
            S.PausedUntil = null;
        }

        await _writer.WriteAsync();
        if (!round.Counts.IsZero)
        {
            await GrainFactory.GetGrain<ISolicitationReportGrain>(clientId).CountAsync(DateOnly.FromDateTime(now.UtcDateTime), round.Counts);
        }
    }

    private async Task NoteAsync()
    {
        var next = NextWake();
        if (next is { } wake && (_noted is null || wake < _noted))
        {
            await Scheduler.NoteAsync(Key, wake);
            _noted = wake;
        }
    }

    private DateTimeOffset? NextWake()
    {
        if (S.Wakes.Count == 0)
        {
            _noted = null;
            return null;
        }

        var next = S.Wakes.Values.Min();
        return S.PausedUntil is { } paused && paused > next ? paused : next;
    }

    [LoggerMessage(EventId = 2711, Level = LogLevel.Warning, Message = "Bucket {Bucket}: the channel keeps failing; round {Rounds} paused until {Until:o}")]
    private static partial void LogPaused(ILogger logger, string bucket, int rounds, DateTimeOffset until);

    [LoggerMessage(EventId = 2712, Level = LogLevel.Error, Message = "Bucket {Bucket}: the round failed")]
    private static partial void LogRoundFailed(ILogger logger, string bucket, Exception exception);
}
