using Microsoft.Extensions.Logging;

namespace Ugc.Actors.Streams;

/// <summary>One event to every consumer, with retries and the dead letter.</summary>
internal sealed partial class PullingAgent
{
    private enum Outcome
    {
        Delivered,
        DeadLettered,
        Interrupted,
    }

    private async Task<Outcome> DeliverWithRetriesAsync(StreamId stream, QueueMessage message, IReadOnlyList<(GrainId Grain, Guid? Handle)> consumers,
        CancellationToken cancellationToken)
    {
        var pending = consumers.ToList();
        var token = new StreamSequenceToken(message.SequenceId);
        string? lastError = null;
        for (var attempt = 1; attempt <= Options.MaxDeliveryAttempts && pending.Count > 0; attempt++)
        {
            if (attempt > 1)
            {
                try
                {
                    var backoff = TimeSpan.FromTicks(Options.RetryBackoff.Ticks << Math.Min(attempt - 2, 10));
                    await Task.Delay(backoff, _runtime.Time, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return Outcome.Interrupted;
                }
            }

            var failed = new List<(GrainId, Guid?)>();
            foreach (var (grain, handle) in pending)
            {
                try
                {
                    var delivery = new StreamDelivery(_provider.Name, stream, message.Envelope.PayloadType, message.Envelope.Payload, token, handle);
                    await _runtime.GrainFactory.GetGrain<IStreamConsumerExtension>(grain).DeliverAsync(delivery).ConfigureAwait(false);
                }
                catch (Exception exception)
                {
                    failed.Add((grain, handle));
                    lastError = $"{grain}: {exception.GetType().Name}: {exception.Message}";
                    Statistics.OnFailedAttempt();
                    LogDeliveryFailed(_logger, exception, stream.ToString(), message.SequenceId, grain.ToString(), attempt);
                }
            }

            pending = failed;
        }

        if (pending.Count == 0)
        {
            return Outcome.Delivered;
        }

        await _provider.Storage.DeadLetterAsync(message, lastError ?? "delivery failed", CancellationToken.None).ConfigureAwait(false);
        LogDeadLettered(_logger, stream.ToString(), message.SequenceId, lastError ?? "");
        return Outcome.DeadLettered;
    }

    [LoggerMessage(1300, LogLevel.Warning, "Pulling queue {Queue} of stream provider {Provider} failed")]
    private static partial void LogPullFailed(ILogger logger, Exception exception, string provider, int queue);

    [LoggerMessage(1301, LogLevel.Debug, "Delivery of event {SequenceId} of stream {Stream} to {Consumer} failed (attempt {Attempt})")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, string stream, long sequenceId, string consumer, int attempt);

    [LoggerMessage(1302, LogLevel.Warning, "Event {SequenceId} of stream {Stream} dead-lettered: {LastError}")]
    private static partial void LogDeadLettered(ILogger logger, string stream, long sequenceId, string lastError);
}
