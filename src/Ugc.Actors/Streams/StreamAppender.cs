using System.Threading.Channels;

namespace Ugc.Actors.Streams;

/// <summary>
/// Group commit: concurrent appends to one queue are written together in one transaction, and each completes when
/// that transaction is durable. Single appends under load cost one round trip per group, not per event.
/// </summary>
internal sealed class StreamAppender(IStreamQueueStorage storage, int queueId, int maxBatch, Action<int> appended)
{
    private readonly Channel<PendingAppend> _pending = Channel.CreateUnbounded<PendingAppend>(new UnboundedChannelOptions { SingleReader = true });
    private int _started;

    public Task AppendAsync(IReadOnlyList<QueueEnvelope> envelopes)
    {
        var append = new PendingAppend(envelopes);
        if (!_pending.Writer.TryWrite(append))
        {
            return Task.FromException(new SiloUnavailableException("The stream provider has stopped with its silo; append through a running silo."));
        }

        if (Volatile.Read(ref _started) == 0 && Interlocked.Exchange(ref _started, 1) == 0)
        {
            _ = Task.Run(WriteLoopAsync);
        }

        return append.Completion.Task;
    }

    public void Complete() => _pending.Writer.TryComplete();

    private async Task WriteLoopAsync()
    {
        var group = new List<PendingAppend>();
        var envelopes = new List<QueueEnvelope>();
        while (await _pending.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            group.Clear();
            envelopes.Clear();
            while (envelopes.Count < maxBatch && _pending.Reader.TryRead(out var next))
            {
                group.Add(next);
                envelopes.AddRange(next.Envelopes);
            }

            try
            {
                await storage.EnqueueAsync(queueId, envelopes).ConfigureAwait(false);
                foreach (var append in group)
                {
                    append.Completion.TrySetResult();
                }

                appended(queueId);
            }
            catch (Exception exception)
            {
                foreach (var append in group)
                {
                    append.Completion.TrySetException(exception);
                }
            }
        }
    }

    private sealed class PendingAppend(IReadOnlyList<QueueEnvelope> envelopes)
    {
        public IReadOnlyList<QueueEnvelope> Envelopes { get; } = envelopes;

        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
