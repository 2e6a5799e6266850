namespace Ugc.Storage.Streams;

/// <summary>The counts of one queue as a store reads them.</summary>
internal sealed record QueueCounts(string QueueId, long Waiting, long InFlight, DateTime? OldestWaitingCreatedOn, long DeadLetters);
