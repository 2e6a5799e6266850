namespace Ugc.Storage.Streams;

/// <summary>The state of one stream queue.</summary>
/// <param name="QueueId">The queue, as Orleans names it (<c>provider-n</c>).</param>
/// <param name="Waiting">Messages ready to be dequeued.</param>
/// <param name="InFlight">Messages dequeued by a pulling agent and not yet confirmed.</param>
/// <param name="OldestWaitingAge">How long the oldest waiting message has been on the queue; null when none waits.</param>
/// <param name="DeadLetters">Dead letters of the queue.</param>
public sealed record StreamQueueStatistics(string QueueId, long Waiting, long InFlight, TimeSpan? OldestWaitingAge, long DeadLetters);
