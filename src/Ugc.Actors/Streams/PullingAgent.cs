using Microsoft.Extensions.Logging;
using Ugc.Actors.Runtime;

namespace Ugc.Actors.Streams;

/// <summary>
/// Pulls one queue while this silo holds its lease: takes a batch, delivers each stream's events in order (streams
/// in parallel), retries a failing consumer with back-off, dead-letters past the budget, then confirms.
/// </summary>
internal sealed partial class PullingAgent
{
    private readonly PersistentStreamProvider _provider;
    private readonly SiloRuntime _runtime;
    private readonly StreamConsumerRegistry _consumers;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _wake = new(0, 1);
    private Task? _loop;

    public PullingAgent(PersistentStreamProvider provider, int queueId, SiloRuntime runtime, StreamConsumerRegistry consumers, ILogger logger)
    {
        _provider = provider;
        QueueId = queueId;
        _runtime = runtime;
        _consumers = consumers;
        _logger = logger;
    }

    public int QueueId { get; }

    public QueueAgentStatistics Statistics { get; } = new();

    private PersistentStreamOptions Options => _provider.Options;

    public void Start()
    {
        _provider.AgentStarted(this);
        _loop = Task.Run(() => RunAsync(_stop.Token));
    }

    public async Task StopAsync()
    {
        _provider.AgentStopped(this);
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }
    }

    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled.
            }
        }
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var idle = TimeSpan.FromMilliseconds(5);
        var lastStats = DateTimeOffset.MinValue;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var now = _runtime.Time.GetUtcNow();
                if (now - lastStats > TimeSpan.FromSeconds(1))
                {
                    lastStats = now;
                    var stats = await _provider.Storage.GetQueueStatsAsync(QueueId, cancellationToken).ConfigureAwait(false);
                    Statistics.Depth = stats.Depth;
                    Statistics.OldestAge = stats.OldestEnqueuedAt is { } oldest ? now - oldest : TimeSpan.Zero;
                }

                var batch = await _provider.Storage.DequeueAsync(QueueId, Options.BatchSize, Options.VisibilityTimeout, cancellationToken).ConfigureAwait(false);
                if (batch.Count == 0)
                {
                    await WaitAsync(idle, cancellationToken).ConfigureAwait(false);
                    idle = TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, Options.MaxPollInterval.Ticks));
                    continue;
                }

                idle = TimeSpan.FromMilliseconds(5);
                await DeliverBatchAsync(batch, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogPullFailed(_logger, exception, _provider.Name, QueueId);
                await WaitAsync(Options.MaxPollInterval, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        try
        {
            await _wake.WaitAsync(delay, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private async Task DeliverBatchAsync(IReadOnlyList<QueueMessage> batch, CancellationToken cancellationToken)
    {
        var streams = batch.GroupBy(m => new StreamId(m.Envelope.StreamNamespace, m.Envelope.StreamKey));
        var outcomes = await Task.WhenAll(streams.Select(s => DeliverStreamAsync(s.Key, [.. s], cancellationToken))).ConfigureAwait(false);
        var done = outcomes.SelectMany(o => o.Done).ToList();
        if (done.Count > 0)
        {
            await _provider.Storage.ConfirmAsync(QueueId, done, CancellationToken.None).ConfigureAwait(false);
        }

        // Events not handled because the agent is stopping go back at once, for the queue's next owner.
        foreach (var sequenceId in outcomes.SelectMany(o => o.Returned))
        {
            await _provider.Storage.AbandonAsync(QueueId, sequenceId, TimeSpan.Zero, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<(List<long> Done, List<long> Returned)> DeliverStreamAsync(StreamId stream, List<QueueMessage> messages, CancellationToken cancellationToken)
    {
        var done = new List<long>(messages.Count);
        var returned = new List<long>();
        List<(GrainId Grain, Guid? Handle)>? consumers = null;
        foreach (var message in messages)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                returned.Add(message.SequenceId);
                continue;
            }

            if (consumers is null)
            {
                var implicitConsumers = _consumers.ImplicitConsumers(stream);
                var explicitConsumers = await _consumers.GetExplicitAsync(_provider, stream).ConfigureAwait(false);
                consumers = [.. implicitConsumers.Select(c => (c, (Guid?)null)), .. explicitConsumers];
            }

            var outcome = await DeliverWithRetriesAsync(stream, message, consumers, cancellationToken).ConfigureAwait(false);
            switch (outcome)
            {
                case Outcome.Delivered:
                    done.Add(message.SequenceId);
                    Statistics.OnDelivered(_runtime.Time.GetUtcNow() - message.EnqueuedAt);
                    break;
                case Outcome.DeadLettered:
                    Statistics.OnDeadLettered();
                    break;
                default:
                    returned.Add(message.SequenceId);
                    break;
            }
        }

        return (done, returned);
    }
}
