using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Providers.Streams.Common;
using Orleans.Runtime;
using Orleans.Streams;
using Ugc.Storage.Streams;
using Ugc.Storage.Tests.Infrastructure;

namespace Ugc.Storage.Tests.Streams;

public sealed class RetryingStreamFailureHandlerTests
{
    private static readonly StreamId Stream = StreamId.Create("test", "key");

    [Fact]
    public async Task A_failure_the_database_refused_to_record_is_recorded_once_it_accepts()
    {
        var inner = new FlakyFailureHandler(failures: 2);
        var handler = new RetryingStreamFailureHandler(inner, TimeSpan.FromSeconds(30), NullLogger.Instance);

        await handler.OnDeliveryFailure(GuidId.GetNewGuidId(), "pipeline", Stream, new EventSequenceToken(7));

        Assert.Equal(3, inner.Attempts);
        Assert.Equal(1, inner.Recorded);
    }

    [Fact]
    public async Task Recording_gives_up_with_the_last_error_once_the_retry_time_is_over()
    {
        var inner = new FlakyFailureHandler(failures: int.MaxValue);
        var handler = new RetryingStreamFailureHandler(inner, TimeSpan.FromMilliseconds(600), NullLogger.Instance);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            handler.OnSubscriptionFailure(GuidId.GetNewGuidId(), "pipeline", Stream, new EventSequenceToken(7)));

        Assert.Equal("database down", error.Message);
        Assert.InRange(inner.Attempts, 2, 6);
        Assert.Equal(0, inner.Recorded);
    }

    [Fact]
    public void Whether_a_failure_faults_the_subscription_is_the_provider_handlers_call()
    {
        Assert.True(new RetryingStreamFailureHandler(new FlakyFailureHandler(0, faults: true), TimeSpan.FromSeconds(1), NullLogger.Instance).ShouldFaultSubsriptionOnError);
        Assert.False(new RetryingStreamFailureHandler(new FlakyFailureHandler(0, faults: false), TimeSpan.FromSeconds(1), NullLogger.Instance).ShouldFaultSubsriptionOnError);
    }

    [Fact]
    public async Task A_database_backed_stream_provider_hands_the_pulling_agents_retrying_failure_handlers()
    {
        await using var backend = new SqliteBackend();
        await using var silo = await TestSilo.StartAsync(backend);

        var factory = silo.Services.GetRequiredKeyedService<IQueueAdapterFactory>(TestSilo.StreamProvider);
        var queue = factory.GetStreamQueueMapper().GetAllQueues().First();

        Assert.IsType<FailureRetryingQueueAdapterFactory>(factory);
        Assert.IsType<RetryingStreamFailureHandler>(await factory.GetDeliveryFailureHandler(queue));
    }

    private sealed class FlakyFailureHandler(int failures, bool faults = false) : IStreamFailureHandler
    {
        public int Attempts { get; private set; }

        public int Recorded { get; private set; }

        public bool ShouldFaultSubsriptionOnError => faults;

        public Task OnDeliveryFailure(GuidId subscriptionId, string streamProviderName, StreamId streamIdentity, StreamSequenceToken? sequenceToken) => Record();

        public Task OnSubscriptionFailure(GuidId subscriptionId, string streamProviderName, StreamId streamIdentity, StreamSequenceToken? sequenceToken) => Record();

        private Task Record()
        {
            if (++Attempts <= failures)
            {
                return Task.FromException(new InvalidOperationException("database down"));
            }

            Recorded++;
            return Task.CompletedTask;
        }
    }
}
