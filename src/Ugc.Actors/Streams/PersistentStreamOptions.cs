namespace Ugc.Actors.Streams;

/// <summary>Options of one persistent stream provider (named options, by provider name); bound from <c>Ugc:Streams:{name}</c>.</summary>
public sealed class PersistentStreamOptions
{
    public const string SectionName = "Ugc:Streams";

    /// <summary>How many partitioned queues the provider's streams hash into; each has one pulling agent in the cluster.</summary>
    /// <value>The default is 8.</value>
    public int QueueCount { get; set; } = 8;

    /// <summary>How many messages an agent takes from its queue at once.</summary>
    /// <value>The default is 64.</value>
    public int BatchSize { get; set; } = 64;

    /// <summary>How long a dequeued message stays hidden from other readers before it is delivered again.</summary>
    /// <value>The default is 30 s; it must exceed the whole retry back-off.</value>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Delivery attempts to a failing consumer before the event is dead-lettered.</summary>
    /// <value>The default is 5.</value>
    public int MaxDeliveryAttempts { get; set; } = 5;

    /// <summary>Back-off before the first retry; doubles with each further one.</summary>
    /// <value>The default is 100 ms.</value>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Longest wait between polls of an empty queue (appends on this silo wake the agent at once).</summary>
    /// <value>The default is 500 ms.</value>
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long a queue lease lasts; a dead silo's queues move after at most this long.</summary>
    /// <value>The default is 30 s.</value>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often leases are renewed and queues rebalanced.</summary>
    /// <value>The default is 10 s.</value>
    public TimeSpan LeaseRenewPeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether explicit subscriptions are looked up for every stream (off for namespaces with implicit consumers only).</summary>
    /// <value>The default is true.</value>
    public bool ExplicitSubscriptions { get; set; } = true;

    /// <summary>Most appends written in one group commit.</summary>
    /// <value>The default is 256.</value>
    public int MaxAppendBatch { get; set; } = 256;
}
