using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Streams;
using Ugc.Contracts.Content;
using Ugc.Grains.Options;

namespace Ugc.Grains.Submissions;

/// <summary>
/// Group commit of the silo's submissions: concurrent appends are spread over the partitions of the
/// <c>submissions</c> stream, and each partition stores what arrived while its previous append was in flight as one
/// <c>OnNextBatchAsync</c> (one row, one insert). Each caller completes when the batch holding its submission is
/// durable, or fails with the batch. One submission alone is appended at once, so nothing waits for company.
/// </summary>
public sealed partial class SubmissionAppender
{
    private readonly Partition[] _partitions;
    private uint _next;

    public SubmissionAppender(IServiceProvider services, IOptions<SubmissionPipelineOptions> options, ILogger<SubmissionAppender> logger)
    {
        var settings = options.Value;
        var provider = new Lazy<IStreamProvider>(() => services.GetRequiredKeyedService<IStreamProvider>(StreamNames.Provider));
        _partitions = [.. Enumerable.Range(0, settings.Partitions).Select(i => new Partition(PartitionKey(i), provider, settings.MaxBatch, logger))];
    }

    /// <summary>Batches stored so far by this silo, and the submissions in them.</summary>
    public (long Batches, long Submissions) Appended =>
        (_partitions.Sum(p => Interlocked.Read(ref p.Batches)), _partitions.Sum(p => Interlocked.Read(ref p.Submissions)));

    /// <summary>The stream key of partition <paramref name="index"/>.</summary>
    public static string PartitionKey(int index) => index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Completes once <paramref name="submission"/> is stored durably by the stream provider.</summary>
    public Task AppendAsync(ContentSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return _partitions[Interlocked.Increment(ref _next) % (uint)_partitions.Length].Enqueue(submission);
    }

    private sealed class Partition(string key, Lazy<IStreamProvider> provider, int maxBatch, ILogger logger)
    {
        private readonly Lock _lock = new();
        private List<(ContentSubmission Submission, TaskCompletionSource Done)> _pending = [];
        private bool _flushing;

        public long Batches;
        public long Submissions;

        public Task Enqueue(ContentSubmission submission)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            bool start;
            lock (_lock)
            {
                _pending.Add((submission, done));
                start = !_flushing;
                _flushing = true;
            }

            if (start)
            {
                // Off the caller's grain scheduler, and without its request context: a batch belongs to no one request.
                using (ExecutionContext.SuppressFlow())
                {
                    _ = Task.Run(FlushAsync);
                }
            }

            return done.Task;
        }

        private async Task FlushAsync()
        {
            var stream = provider.Value.GetStream<ContentSubmission>(StreamId.Create(StreamNames.Submissions, key));
            while (true)
            {
                List<(ContentSubmission Submission, TaskCompletionSource Done)> batch;
                lock (_lock)
                {
                    if (_pending.Count == 0)
                    {
                        _flushing = false;
                        return;
                    }

                    if (_pending.Count <= maxBatch)
                    {
                        batch = _pending;
                        _pending = [];
                    }
                    else
                    {
                        batch = _pending.GetRange(0, maxBatch);
                        _pending.RemoveRange(0, maxBatch);
                    }
                }

                try
                {
                    await stream.OnNextBatchAsync([.. batch.Select(b => b.Submission)]).ConfigureAwait(false);
                    Interlocked.Increment(ref Batches);
                    Interlocked.Add(ref Submissions, batch.Count);
                    batch.ForEach(b => b.Done.TrySetResult());
                }
                catch (Exception ex)
                {
                    LogAppendFailed(logger, ex, key, batch.Count);
                    batch.ForEach(b => b.Done.TrySetException(ex));
                }
            }
        }
    }

    [LoggerMessage(EventId = 2311, Level = LogLevel.Warning, Message = "Appending {Count} submissions to partition {Partition} failed; their callers see the error")]
    private static partial void LogAppendFailed(ILogger logger, Exception exception, string partition, int count);
}
