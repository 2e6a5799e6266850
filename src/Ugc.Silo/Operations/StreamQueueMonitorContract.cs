// PLACEHOLDER until src/Ugc.Storage lands: the contract agreed with the storage project, deleted at the merge.
namespace Ugc.Storage.Streams;

public interface IStreamQueueMonitor
{
    Task<IReadOnlyList<StreamQueueStatistics>> GetQueuesAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StreamDeadLetter>> ReadDeadLettersAsync(int limit, CancellationToken cancellationToken = default);

    Task<bool> ReplayDeadLetterAsync(string id, CancellationToken cancellationToken = default);
}

public sealed record StreamQueueStatistics(string QueueId, long Waiting, long InFlight, TimeSpan? OldestWaitingAge, long DeadLetters);

public sealed record StreamDeadLetter(
    string Id, string QueueId, string? StreamNamespace, string? StreamKey, string? EventType, DateTimeOffset CreatedAt, DateTimeOffset FailedAt, int Attempts);
