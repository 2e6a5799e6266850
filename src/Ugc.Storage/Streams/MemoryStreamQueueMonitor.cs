namespace Ugc.Storage.Streams;

/// <summary>The monitor of a memory stream provider: its queues are grains with no statistics and no dead letters.</summary>
internal sealed class MemoryStreamQueueMonitor : IStreamQueueMonitor
{
    public Task<IReadOnlyList<StreamQueueStatistics>> GetQueuesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StreamQueueStatistics>>([]);

    public Task<IReadOnlyList<StreamDeadLetter>> ReadDeadLettersAsync(int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StreamDeadLetter>>([]);

    public Task<bool> ReplayDeadLetterAsync(string id, CancellationToken cancellationToken = default) => Task.FromResult(false);
}
