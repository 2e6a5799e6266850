namespace Ugc.Actors.Streams;

/// <summary>
/// Partitioned durable queues behind persistent streams. An enqueue that returns is durable. A dequeued message is
/// invisible to other readers until its visibility timeout passes; a confirmed one is gone. Order is by sequence id
/// within a queue.
/// </summary>
public interface IStreamQueueStorage
{
    /// <summary>Creates the schema if it is missing; safe to call on every start.</summary>
    Task InitAsync(CancellationToken cancellationToken = default);

    /// <summary>Appends the messages to one queue in one transaction, in order; durable when the task completes.</summary>
    Task EnqueueAsync(int queueId, IReadOnlyList<QueueEnvelope> messages, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes up to <paramref name="maxCount"/> visible messages of a queue in sequence order, hides them for
    /// <paramref name="visibilityTimeout"/> and counts the attempt.
    /// </summary>
    Task<IReadOnlyList<QueueMessage>> DequeueAsync(int queueId, int maxCount, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default);

    /// <summary>Deletes delivered messages.</summary>
    Task ConfirmAsync(int queueId, IReadOnlyList<long> sequenceIds, CancellationToken cancellationToken = default);

    /// <summary>Makes a dequeued message visible again after <paramref name="delay"/> (a retry with back-off).</summary>
    Task AbandonAsync(int queueId, long sequenceId, TimeSpan delay, CancellationToken cancellationToken = default);

    /// <summary>Moves a message to the dead-letter table with its last error, atomically.</summary>
    Task DeadLetterAsync(QueueMessage message, string lastError, CancellationToken cancellationToken = default);

    /// <summary>The newest dead letters, newest first.</summary>
    Task<IReadOnlyList<DeadLetter>> ReadDeadLettersAsync(int maxCount, CancellationToken cancellationToken = default);

    /// <summary>Puts a dead letter back on its queue (as a new message with a new sequence id) and deletes it; false if it is gone.</summary>
    Task<bool> ReplayDeadLetterAsync(long deadLetterId, CancellationToken cancellationToken = default);

    /// <summary>Backlog figures of one queue.</summary>
    Task<QueueStats> GetQueueStatsAsync(int queueId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes or renews the lease of a queue for <paramref name="owner"/>: succeeds when the queue has no lease, an
    /// expired one, or one already held by the owner. The lease holder is the queue's only pulling agent.
    /// </summary>
    Task<bool> TryAcquireLeaseAsync(int queueId, string owner, TimeSpan duration, CancellationToken cancellationToken = default);

    /// <summary>Gives up a lease held by <paramref name="owner"/>, so another silo can take the queue at once.</summary>
    Task ReleaseLeaseAsync(int queueId, string owner, CancellationToken cancellationToken = default);
}
