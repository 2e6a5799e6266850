using Ugc.Actors.Streams;

namespace Ugc.Actors.Testing.Streams;

/// <summary>
/// Stream queues seen by a silo that only appends: every call goes to <paramref name="inner"/> except lease
/// acquisition, which always fails, so the silo runs no pulling agent and leaves every appended event in the queues.
/// Crash tests and benchmarks use it to separate producing from consuming.
/// </summary>
public sealed class ProducerOnlyStreamQueueStorage(IStreamQueueStorage inner) : IStreamQueueStorage
{
    public Task InitAsync(CancellationToken cancellationToken = default) => inner.InitAsync(cancellationToken);

    public Task EnqueueAsync(int queueId, IReadOnlyList<QueueEnvelope> messages, CancellationToken cancellationToken = default) =>
        inner.EnqueueAsync(queueId, messages, cancellationToken);

    public Task<IReadOnlyList<QueueMessage>> DequeueAsync(int queueId, int maxCount, TimeSpan visibilityTimeout, CancellationToken cancellationToken = default) =>
        inner.DequeueAsync(queueId, maxCount, visibilityTimeout, cancellationToken);

    public Task ConfirmAsync(int queueId, IReadOnlyList<long> sequenceIds, CancellationToken cancellationToken = default) =>
        inner.ConfirmAsync(queueId, sequenceIds, cancellationToken);

    public Task AbandonAsync(int queueId, long sequenceId, TimeSpan delay, CancellationToken cancellationToken = default) =>
        inner.AbandonAsync(queueId, sequenceId, delay, cancellationToken);

    public Task DeadLetterAsync(QueueMessage message, string lastError, CancellationToken cancellationToken = default) =>
        inner.DeadLetterAsync(message, lastError, cancellationToken);

    public Task<IReadOnlyList<DeadLetter>> ReadDeadLettersAsync(int maxCount, CancellationToken cancellationToken = default) =>
        inner.ReadDeadLettersAsync(maxCount, cancellationToken);

    public Task<bool> ReplayDeadLetterAsync(long deadLetterId, CancellationToken cancellationToken = default) =>
        inner.ReplayDeadLetterAsync(deadLetterId, cancellationToken);

    public Task<QueueStats> GetQueueStatsAsync(int queueId, CancellationToken cancellationToken = default) =>
        inner.GetQueueStatsAsync(queueId, cancellationToken);

    public Task<bool> TryAcquireLeaseAsync(int queueId, string owner, TimeSpan duration, CancellationToken cancellationToken = default) =>
        Task.FromResult(false);

    public Task ReleaseLeaseAsync(int queueId, string owner, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
