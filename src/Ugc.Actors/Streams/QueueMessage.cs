namespace Ugc.Actors.Streams;

/// <summary>An event to append to a durable stream queue.</summary>
/// <param name="StreamNamespace">The namespace of the stream the event belongs to.</param>
/// <param name="StreamKey">The key of the stream within its namespace.</param>
/// <param name="PayloadType">The CLR type name of the payload, for deserialization.</param>
/// <param name="Payload">The event serialized as UTF-8 JSON.</param>
public sealed record QueueEnvelope(string StreamNamespace, string StreamKey, string PayloadType, byte[] Payload);

/// <summary>An event as it was dequeued, with its position in its queue and its delivery history.</summary>
/// <param name="QueueId">The partition it lives in.</param>
/// <param name="SequenceId">Monotonic within the queue: the order of delivery and the consumer's de-duplication token.</param>
/// <param name="Envelope">The event.</param>
/// <param name="EnqueuedAt">When the append was acknowledged.</param>
/// <param name="Attempts">How many times it has been dequeued, this time included.</param>
public sealed record QueueMessage(int QueueId, long SequenceId, QueueEnvelope Envelope, DateTimeOffset EnqueuedAt, int Attempts);

/// <summary>An event that failed its retry budget, kept for operators to inspect and replay.</summary>
public sealed record DeadLetter(long Id, int QueueId, long SequenceId, QueueEnvelope Envelope, DateTimeOffset EnqueuedAt,
    DateTimeOffset FailedAt, int Attempts, string LastError);

/// <summary>A queue's backlog at one instant.</summary>
/// <param name="QueueId">The partition.</param>
/// <param name="Depth">Messages waiting or in flight.</param>
/// <param name="OldestEnqueuedAt">Enqueue time of the oldest waiting message; null when empty.</param>
public sealed record QueueStats(int QueueId, long Depth, DateTimeOffset? OldestEnqueuedAt);
