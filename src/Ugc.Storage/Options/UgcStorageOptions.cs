namespace Ugc.Storage.Options;

/// <summary>
/// Which storage the silo uses for grain state (providers <c>Default</c> and <c>PubSubStore</c>), reminders and
/// persistent streams, and how stream deliveries are retried. Bound from <see cref="SectionName"/>; the ids of the
/// service and cluster come from Orleans' <c>ClusterOptions</c>.
/// </summary>
public sealed class UgcStorageOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Ugc:Storage";

    /// <summary>Gets or sets the storage provider.</summary>
    /// <value>The default is <see cref="UgcStorageProvider.Sqlite"/>.</value>
    public UgcStorageProvider Provider { get; set; } = UgcStorageProvider.Sqlite;

    /// <summary>Gets or sets the Npgsql connection string; required when <see cref="Provider"/> is postgres.</summary>
    /// <value>The default is <see langword="null"/>.</value>
    public string? ConnectionString { get; set; }

    /// <summary>Gets or sets the folder of the SQLite file <c>ugc.db</c>, relative to the current directory unless rooted.</summary>
    /// <value>The default is <c>./data</c>.</value>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>Gets or sets the names of the persistent stream providers to register (the host registers <c>pipeline</c>).</summary>
    /// <value>The default is none.</value>
    public IList<string> StreamProviders { get; set; } = [];

    /// <summary>
    /// Gets or sets the number of queues per stream provider. Order holds per stream (a stream maps to one queue);
    /// queues are what pulling agents spread over the silos, so more queues let more silos share the work.
    /// </summary>
    /// <value>The default is 8.</value>
    public int QueueCount { get; set; } = 8;

    /// <summary>
    /// Gets or sets whether streams also serve explicit subscriptions. Without them, streams deliver to implicit
    /// subscribers only and never consult the pub-sub grains: no grain activation and no <c>PubSubStore</c> write per
    /// new stream (a stream per content id makes that a write per submission).
    /// </summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool ExplicitSubscriptions { get; set; }

    /// <summary>
    /// Gets or sets how long the pulling agent retries delivering one event to a failing consumer (with exponential
    /// backoff from 1 s to 30 s) before it gives the event to the failure handler and moves on to the stream's next event.
    /// </summary>
    /// <value>The default is 30 s.</value>
    public TimeSpan MaxEventDeliveryTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets or sets how many times an event is dequeued for delivery before a failed delivery makes it a dead letter.
    /// Each attempt is a full <see cref="MaxEventDeliveryTime"/> of retries; the event is redelivered after later events.
    /// </summary>
    /// <value>The default is 3.</value>
    public int MaxDeliveryAttempts { get; set; } = 3;

    /// <summary>
    /// Gets or sets how long a dequeued event stays invisible to other dequeues before it is delivered again if not
    /// confirmed (a silo died with it). Must exceed <see cref="MaxEventDeliveryTime"/>, or events still being retried
    /// would be delivered twice.
    /// </summary>
    /// <value>The default is 2 min.</value>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Gets or sets how long an event may wait undelivered (silos down, consumers failing) before it becomes a dead
    /// letter unattempted.
    /// </summary>
    /// <value>The default is 1 day.</value>
    public TimeSpan MessageExpiry { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Gets or sets how long dead letters are kept for operators to inspect and replay before they are deleted.</summary>
    /// <value>The default is 7 days.</value>
    public TimeSpan DeadLetterRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Orleans' pub-sub mode for <see cref="ExplicitSubscriptions"/>.</summary>
    internal Orleans.Streams.StreamPubSubType PubSubType => ExplicitSubscriptions
        ? Orleans.Streams.StreamPubSubType.ExplicitGrainBasedAndImplicit
        : Orleans.Streams.StreamPubSubType.ImplicitOnly;

    /// <summary>The SQLite file of <see cref="DataDirectory"/>, as a full path.</summary>
    internal string SqliteFilePath => Path.Combine(Path.GetFullPath(DataDirectory), "ugc.db");
}
