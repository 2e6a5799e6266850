using Microsoft.Extensions.Logging;
using Orleans.Streams;

namespace Ugc.Storage.Streams;

/// <summary>A stream provider's queue adapter factory whose delivery failure handlers retry (<see cref="RetryingStreamFailureHandler"/>).</summary>
internal sealed class FailureRetryingQueueAdapterFactory(IQueueAdapterFactory inner, TimeSpan retryFor, ILogger logger) : IQueueAdapterFactory
{
    [Obsolete("Use the overload which accepts a CancellationToken.")]
    public Task<IQueueAdapter> CreateAdapter() => inner.CreateAdapter(CancellationToken.None);

    public Task<IQueueAdapter> CreateAdapter(CancellationToken cancellationToken) => inner.CreateAdapter(cancellationToken);

    public async Task<IStreamFailureHandler> GetDeliveryFailureHandler(QueueId queueId) =>
        new RetryingStreamFailureHandler(await inner.GetDeliveryFailureHandler(queueId), retryFor, logger);

    public IQueueAdapterCache GetQueueAdapterCache() => inner.GetQueueAdapterCache();

    public IStreamQueueMapper GetStreamQueueMapper() => inner.GetStreamQueueMapper();
}
