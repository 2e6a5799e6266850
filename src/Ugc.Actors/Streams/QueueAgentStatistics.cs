namespace Ugc.Actors.Streams;

/// <summary>Running figures of one queue's pulling agent on this silo.</summary>
public sealed class QueueAgentStatistics
{
    private long _delivered;
    private long _deadLettered;
    private long _failedAttempts;
    private long _lastLagTicks;

    /// <summary>Events delivered to all their consumers and confirmed.</summary>
    public long Delivered => Volatile.Read(ref _delivered);

    /// <summary>Events moved to the dead-letter table.</summary>
    public long DeadLettered => Volatile.Read(ref _deadLettered);

    /// <summary>Delivery attempts that a consumer failed (each retry counts).</summary>
    public long FailedAttempts => Volatile.Read(ref _failedAttempts);

    /// <summary>Enqueue-to-delivery time of the latest delivered event.</summary>
    public TimeSpan LastLag => TimeSpan.FromTicks(Volatile.Read(ref _lastLagTicks));

    /// <summary>Messages waiting at the last look.</summary>
    public long Depth { get; internal set; }

    /// <summary>Age of the oldest waiting message at the last look: the consumer lag.</summary>
    public TimeSpan OldestAge { get; internal set; }

    internal void OnDelivered(TimeSpan lag)
    {
        Interlocked.Increment(ref _delivered);
        Volatile.Write(ref _lastLagTicks, lag.Ticks);
    }

    internal void OnDeadLettered() => Interlocked.Increment(ref _deadLettered);

    internal void OnFailedAttempt() => Interlocked.Increment(ref _failedAttempts);
}
