using Microsoft.Extensions.Logging;
using Orleans.Streams;
using Orleans.Streams.Core;
using Ugc.Contracts.Analytics;
using Ugc.Contracts.Content;
using Ugc.Contracts.Submissions;

namespace Ugc.Grains.Submissions;

/// <summary>
/// The implicit consumer of one partition of the <c>submissions</c> stream (<see cref="ISubmissionDispatcherGrain"/>):
/// it takes each stored batch whole and moderates its submissions concurrently, each in its own content grain, and
/// returns once all are done, so a failure redelivers the batch (content grains ignore submissions they have seen).
/// Submission counts for the per-client anomaly signal are summed here and recorded once a second: they are a
/// statistical signal, so a crash may lose a second of them and a redelivered batch may count twice.
/// </summary>
[ImplicitStreamSubscription(StreamNames.Submissions)]
public sealed partial class SubmissionDispatcherGrain(ILogger<SubmissionDispatcherGrain> logger)
    : Grain, ISubmissionDispatcherGrain, IStreamSubscriptionObserver, IAsyncBatchObserver<ContentSubmission>
{
    private static readonly TimeSpan CountInterval = TimeSpan.FromSeconds(1);

    private readonly Dictionary<(string ClientId, DateTimeOffset Hour), long> _counts = [];
    private IGrainTimer? _countTimer;

    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory)
    {
        ArgumentNullException.ThrowIfNull(handleFactory);
        await handleFactory.Create<ContentSubmission>().ResumeAsync(this);
    }

    public async Task OnNextAsync(IList<SequentialItem<ContentSubmission>> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items)
        {
            var at = item.Item.AcknowledgedAt;
            var key = (item.Item.ClientId, new DateTimeOffset(at.Year, at.Month, at.Day, at.Hour, 0, 0, at.Offset));
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
        }

        _countTimer ??= this.RegisterGrainTimer(RecordCountsAsync, new GrainTimerCreationOptions(CountInterval, CountInterval));
        await Task.WhenAll(items.Select(i => GrainFactory.GetGrain<IContentGrain>(i.Item.ContentId).ModerateAsync(i.Item)));
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => RecordCountsAsync();

    private async Task RecordCountsAsync()
    {
        foreach (var ((clientId, hour), count) in _counts.ToList())
        {
            try
            {
                await GrainFactory.GetGrain<IAnomalyGrain>($"{clientId}/submissions").RecordAsync(hour, count);
                _counts[(clientId, hour)] -= count;
                if (_counts[(clientId, hour)] == 0)
                {
                    _counts.Remove((clientId, hour));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogCountFailed(logger, ex, clientId, count);
            }
        }
    }

    [LoggerMessage(EventId = 2312, Level = LogLevel.Warning, Message = "Recording {Count} submissions of client {ClientId} in its anomaly signal failed; retried next time")]
    private static partial void LogCountFailed(ILogger logger, Exception exception, string clientId, long count);
}
