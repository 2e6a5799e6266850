using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Orleans.Streams;

namespace Ugc.Storage.Streams;

/// <summary>
/// Runs the provider's failure handler until it succeeds. Streaming.AdoNet's handler is our failure query: it makes a
/// failed event visible again with its receipt negated (or a dead letter). If that query fails — the database is down
/// when a delivery window ends — the pulling agent swallows the error, and later confirms the event with the receipt
/// of the failed dequeue; were the database back by then, that confirmation would delete an event no consumer applied.
/// So the handler is retried (that consumer waits: its database is down anyway) for up to <c>retryFor</c>, the
/// visibility timeout after which the event is dequeued again in any case.
/// </summary>
internal sealed class RetryingStreamFailureHandler(IStreamFailureHandler inner, TimeSpan retryFor, ILogger logger) : IStreamFailureHandler
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);

    public bool ShouldFaultSubsriptionOnError => inner.ShouldFaultSubsriptionOnError;

    public Task OnDeliveryFailure(GuidId subscriptionId, string streamProviderName, StreamId streamIdentity, StreamSequenceToken? sequenceToken) =>
        RetryAsync(() => inner.OnDeliveryFailure(subscriptionId, streamProviderName, streamIdentity, sequenceToken), streamProviderName, streamIdentity);

    public Task OnSubscriptionFailure(GuidId subscriptionId, string streamProviderName, StreamId streamIdentity, StreamSequenceToken? sequenceToken) =>
        RetryAsync(() => inner.OnSubscriptionFailure(subscriptionId, streamProviderName, streamIdentity, sequenceToken), streamProviderName, streamIdentity);

    private async Task RetryAsync(Func<Task> handle, string provider, StreamId stream)
    {
        var giveUpAt = DateTime.UtcNow + retryFor;
        var delay = FirstDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await handle();
                if (attempt > 1)
                {
                    Log.FailedDeliveryRecorded(logger, provider, stream, attempt);
                }

                return;
            }
            catch (Exception ex) when (DateTime.UtcNow + delay < giveUpAt)
            {
                Log.FailedDeliveryNotRecorded(logger, ex, provider, stream, attempt, delay);
            }

            await Task.Delay(delay);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
        }
    }
}
