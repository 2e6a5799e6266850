using System.Collections.Concurrent;
using Ugc.Actors.Placement;

namespace Ugc.Actors.Runtime;

/// <summary>
/// Calls awaiting a response. A periodic sweep fails the ones past their deadline (one timer for all calls rather
/// than one per call), and a silo leaving the cluster fails the calls sent to it at once.
/// </summary>
internal sealed class PendingCalls(TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<long, IPendingCall> _calls = new();
    private long _nextId;
    private ITimer? _sweeper;

    public int Count => _calls.Count;

    public void Start(TimeSpan sweepPeriod) => _sweeper = time.CreateTimer(static s => ((PendingCalls)s!).Sweep(), this, sweepPeriod, sweepPeriod);

    public long Add(IPendingCall call)
    {
        var id = Interlocked.Increment(ref _nextId);
        call.Id = id;
        _calls[id] = call;
        return id;
    }

    public void Remove(long id) => _calls.TryRemove(id, out _);

    public IPendingCall? Take(long id) => _calls.TryRemove(id, out var call) ? call : null;

    public void Sweep()
    {
        var now = time.GetUtcNow().UtcTicks;
        foreach (var (id, call) in _calls)
        {
            if (call.Deadline <= now && _calls.TryRemove(id, out _))
            {
                call.TryFail(new TimeoutException($"The call {call.Description} did not complete before its deadline."));
            }
        }
    }

    public void FailCallsTo(SiloAddress silo, Exception exception)
    {
        foreach (var (id, call) in _calls)
        {
            if (call.TargetSilo == silo && _calls.TryRemove(id, out _))
            {
                call.TryFail(exception);
            }
        }
    }

    public void FailAll(Exception exception)
    {
        foreach (var (id, call) in _calls)
        {
            if (_calls.TryRemove(id, out _))
            {
                call.TryFail(exception);
            }
        }
    }

    public void Dispose() => _sweeper?.Dispose();
}
