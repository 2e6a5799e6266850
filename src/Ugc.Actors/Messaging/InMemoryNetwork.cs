using System.Collections.Concurrent;
using Ugc.Actors.Placement;

namespace Ugc.Actors.Messaging;

/// <summary>
/// The wire between silos of one process. Messages are delivered as bytes, so everything that crosses it must
/// serialize exactly as it would over TCP.
/// </summary>
public sealed class InMemoryNetwork
{
    private readonly ConcurrentDictionary<SiloAddress, Action<byte[]>> _endpoints = new();

    /// <summary>Messages delivered so far.</summary>
    public long MessagesDelivered => Interlocked.Read(ref _delivered);

    private long _delivered;

    internal void Attach(SiloAddress silo, Action<byte[]> receive) => _endpoints[silo] = receive;

    /// <summary>Cuts a silo off: messages to it fail at once, as a connection refused would.</summary>
    public void Detach(SiloAddress silo) => _endpoints.TryRemove(silo, out _);

    internal void Deliver(SiloAddress target, byte[] bytes)
    {
        if (!_endpoints.TryGetValue(target, out var receive))
        {
            throw new SiloUnavailableException($"Silo {target} is not reachable.");
        }

        Interlocked.Increment(ref _delivered);
        ThreadPool.UnsafeQueueUserWorkItem(static s => s.receive(s.bytes), (receive, bytes), preferLocal: false);
    }
}
