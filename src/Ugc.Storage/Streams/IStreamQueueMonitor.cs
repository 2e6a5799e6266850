namespace Ugc.Storage.Streams;

/// <summary>
/// What operators see of a persistent stream provider's queues: statistics, dead letters, replay. Registered as a
/// keyed singleton under the stream provider's name. On the memory provider there is no table behind the queues:
/// it reports no queues and no dead letters, and replays nothing.
/// </summary>
public interface IStreamQueueMonitor
{
    /// <summary>Per queue of the provider: waiting and in-flight messages, the age of the oldest waiting one, dead letters.</summary>
    Task<IReadOnlyList<StreamQueueStatistics>> GetQueuesAsync(CancellationToken cancellationToken = default);

    /// <summary>The newest <paramref name="limit"/> dead letters of the provider, newest first.</summary>
    Task<IReadOnlyList<StreamDeadLetter>> ReadDeadLettersAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Puts a dead letter back on its queue for redelivery, with fresh attempts; false if there is no such dead letter.</summary>
    Task<bool> ReplayDeadLetterAsync(string id, CancellationToken cancellationToken = default);
}
