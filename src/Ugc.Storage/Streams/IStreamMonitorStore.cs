namespace Ugc.Storage.Streams;

/// <summary>Our own SQL over the stream tables, one implementation per database.</summary>
internal interface IStreamMonitorStore
{
    Task<IReadOnlyList<QueueCounts>> CountAsync(string serviceId, string providerId, CancellationToken cancellationToken);

    Task<IReadOnlyList<DeadLetterRow>> ReadDeadLettersAsync(string serviceId, string providerId, int limit, CancellationToken cancellationToken);

    /// <summary>Moves a dead letter back to its queue (dequeued 0, visible now, expiring after <paramref name="expirySeconds"/>); its queue, or null.</summary>
    Task<string?> ReplayAsync(string serviceId, string providerId, long messageId, int expirySeconds, CancellationToken cancellationToken);
}
