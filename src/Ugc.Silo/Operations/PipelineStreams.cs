using Ugc.Contracts.Content;
using Ugc.Storage.Streams;

namespace Ugc.Silo.Operations;

/// <summary>
/// The pipeline stream provider's queues and dead letters, for the admin API, the console and the health check.
/// Memory streams keep no table: they report no queues and no dead letters.
/// </summary>
public sealed class PipelineStreams(IServiceProvider services)
{
    private readonly IStreamQueueMonitor? _monitor = services.GetKeyedService<IStreamQueueMonitor>(StreamNames.Provider);

    /// <summary>Whether the provider keeps its queues in a table this host can read.</summary>
    public bool IsMonitored => _monitor is not null;

    public Task<IReadOnlyList<StreamQueueStatistics>> QueuesAsync(CancellationToken cancellationToken) =>
        _monitor?.GetQueuesAsync(cancellationToken) ?? Task.FromResult<IReadOnlyList<StreamQueueStatistics>>([]);

    public Task<IReadOnlyList<StreamDeadLetter>> DeadLettersAsync(int limit, CancellationToken cancellationToken) =>
        _monitor?.ReadDeadLettersAsync(limit, cancellationToken) ?? Task.FromResult<IReadOnlyList<StreamDeadLetter>>([]);

    public Task<bool> ReplayAsync(string id, CancellationToken cancellationToken) =>
        _monitor?.ReplayDeadLetterAsync(id, cancellationToken) ?? Task.FromResult(false);
}
