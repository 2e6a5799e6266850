namespace Ugc.Storage.Streams;

/// <summary>An event whose delivery failed on every attempt (or that expired undelivered).</summary>
/// <param name="Id">Its id, to pass to <see cref="IStreamQueueMonitor.ReplayDeadLetterAsync"/>.</param>
/// <param name="QueueId">The queue it was on.</param>
/// <param name="StreamNamespace">The stream's namespace, when the payload could be decoded.</param>
/// <param name="StreamKey">The stream's key, when the payload could be decoded.</param>
/// <param name="EventType">The full type name of its event(s), when the payload could be decoded.</param>
/// <param name="CreatedOn">When it was appended.</param>
/// <param name="FailedOn">When it became a dead letter.</param>
/// <param name="Attempts">How many times it was dequeued for delivery.</param>
public sealed record StreamDeadLetter(
    string Id,
    string QueueId,
    string? StreamNamespace,
    string? StreamKey,
    string? EventType,
    DateTimeOffset CreatedOn,
    DateTimeOffset FailedOn,
    int Attempts);
