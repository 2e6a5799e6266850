namespace Ugc.Actors.Streams;

/// <summary>
/// Stream queues in process memory for tests: the same ordering, visibility, attempt, dead-letter and lease semantics as
/// the SQL queues, with every time taken from the injected <see cref="TimeProvider"/>. Nothing survives the process.
/// </summary>
public sealed class MemoryStreamQueueStorage(TimeProvider timeProvider) : IStreamQueueStorage
{
    private readonly Lock _lock = new();
    private readonly Dictionary<int, SortedDictionary<long, StoredMessage>> _queues = [];
    private readonly SortedDictionary<long, DeadLetter> _deadLetters = [];
    private readonly Dictionary<int, (string Owner, DateTimeOffset ExpiresAt)> _leases = [];
    private long _lastSequenceId;
    private long _lastDeadLetterId;

    public MemoryStreamQueueStorage() : this(TimeProvider.System)
    {
    }

    public Task InitAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task EnqueueAsync(int queueId, IReadOnlyList<QueueEnvelope> messages, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            var queue = Queue(queueId);
            foreach (var envelope in messages)
            {
                var sequenceId = ++_lastSequenceId;
                queue[sequenceId] = new StoredMessage(envelope, now) { VisibleAfter = now };
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<QueueMessage>> DequeueAsync(int queueId, int maxCount, TimeSpan visibilityTimeout,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            var taken = new List<QueueMessage>();
            foreach (var (sequenceId, message) in Queue(queueId))
            {
                if (taken.Count == maxCount)
                {
                    break;
                }

                if (message.VisibleAfter <= now)
                {
                    message.VisibleAfter = now + visibilityTimeout;
                    message.Attempts++;
                    taken.Add(new QueueMessage(queueId, sequenceId, message.Envelope, message.EnqueuedAt, message.Attempts));
                }
            }

            return Task.FromResult<IReadOnlyList<QueueMessage>>(taken);
        }
    }

    public Task ConfirmAsync(int queueId, IReadOnlyList<long> sequenceIds, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var queue = Queue(queueId);
            foreach (var sequenceId in sequenceIds)
            {
                queue.Remove(sequenceId);
            }
        }

        return Task.CompletedTask;
    }

    public Task AbandonAsync(int queueId, long sequenceId, TimeSpan delay, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            if (Queue(queueId).TryGetValue(sequenceId, out var message))
            {
                message.VisibleAfter = now + delay;
            }
        }

        return Task.CompletedTask;
    }

    public Task DeadLetterAsync(QueueMessage message, string lastError, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            // A message already confirmed (or moved) is not dead-lettered a second time.
            if (Queue(message.QueueId).Remove(message.SequenceId, out var stored))
            {
                var id = ++_lastDeadLetterId;
                _deadLetters[id] = new DeadLetter(id, message.QueueId, message.SequenceId, stored.Envelope, stored.EnqueuedAt, now,
                    stored.Attempts, lastError);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DeadLetter>> ReadDeadLettersAsync(int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<DeadLetter>>(_deadLetters.Values.Reverse().Take(maxCount).ToList());
        }
    }

    public Task<bool> ReplayDeadLetterAsync(long deadLetterId, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            if (!_deadLetters.Remove(deadLetterId, out var letter))
            {
                return Task.FromResult(false);
            }

            Queue(letter.QueueId)[++_lastSequenceId] = new StoredMessage(letter.Envelope, now) { VisibleAfter = now };
            return Task.FromResult(true);
        }
    }

    public Task<QueueStats> GetQueueStatsAsync(int queueId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var queue = Queue(queueId);
            DateTimeOffset? oldest = queue.Count == 0 ? null : queue.Values.Min(m => m.EnqueuedAt);
            return Task.FromResult(new QueueStats(queueId, queue.Count, oldest));
        }
    }

    public Task<bool> TryAcquireLeaseAsync(int queueId, string owner, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            if (_leases.TryGetValue(queueId, out var lease) && lease.Owner != owner && lease.ExpiresAt > now)
            {
                return Task.FromResult(false);
            }

            _leases[queueId] = (owner, now + duration);
            return Task.FromResult(true);
        }
    }

    public Task ReleaseLeaseAsync(int queueId, string owner, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_leases.TryGetValue(queueId, out var lease) && lease.Owner == owner)
            {
                _leases.Remove(queueId);
            }
        }

        return Task.CompletedTask;
    }

    private SortedDictionary<long, StoredMessage> Queue(int queueId)
    {
        if (!_queues.TryGetValue(queueId, out var queue))
        {
            queue = [];
            _queues[queueId] = queue;
        }

        return queue;
    }

    private sealed class StoredMessage(QueueEnvelope envelope, DateTimeOffset enqueuedAt)
    {
        public QueueEnvelope Envelope { get; } = envelope;

        public DateTimeOffset EnqueuedAt { get; } = enqueuedAt;

        public DateTimeOffset VisibleAfter { get; set; }

        public int Attempts { get; set; }
    }
}
