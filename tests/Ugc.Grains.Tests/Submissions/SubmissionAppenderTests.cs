using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Grains.Options;
using Ugc.Grains.Submissions;

namespace Ugc.Grains.Tests.Submissions;

public sealed class SubmissionAppenderTests
{
    [Fact]
    public async Task Submissions_arriving_while_an_append_is_in_flight_are_stored_together_by_the_next()
    {
        var stream = new RecordingStream();
        var appender = Appender(stream, partitions: 1);

        var first = appender.AppendAsync(Submission(0));
        await stream.Started.WaitAsync(TimeSpan.FromSeconds(10));
        var later = Enumerable.Range(1, 10).Select(i => appender.AppendAsync(Submission(i))).ToList();
        Assert.False(first.IsCompleted, "the first append is not durable yet");
        Assert.All(later, t => Assert.False(t.IsCompleted));

        stream.Release();
        await Task.WhenAll(later.Append(first)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([1, 10], stream.Batches.Select(b => b.Count));
        Assert.Equal(Enumerable.Range(0, 11).Select(i => $"c{i}"), stream.Batches.SelectMany(b => b).Select(s => s.ContentId));
        Assert.Equal((2L, 11L), appender.Appended);
    }

    [Fact]
    public async Task A_failed_append_fails_its_own_callers_only()
    {
        var stream = new RecordingStream { FailNext = true };
        var appender = Appender(stream, partitions: 1);
        stream.Release();

        await Assert.ThrowsAsync<InvalidOperationException>(() => appender.AppendAsync(Submission(1)));
        await appender.AppendAsync(Submission(2));

        Assert.Equal(["c2"], stream.Batches.Single().Select(s => s.ContentId));
    }

    [Fact]
    public async Task An_append_carries_at_most_the_configured_batch()
    {
        var stream = new RecordingStream();
        var appender = Appender(stream, partitions: 1, maxBatch: 4);

        var first = appender.AppendAsync(Submission(0));
        await stream.Started.WaitAsync(TimeSpan.FromSeconds(10));
        var later = Enumerable.Range(1, 9).Select(i => appender.AppendAsync(Submission(i))).ToList();
        stream.Release();
        await Task.WhenAll(later.Append(first)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal([1, 4, 4, 1], stream.Batches.Select(b => b.Count));
    }

    [Fact]
    public async Task Partitions_take_turns_so_each_stream_gets_a_share()
    {
        var stream = new RecordingStream();
        stream.Release();
        var appender = Appender(stream, partitions: 4);

        for (var i = 0; i < 8; i++)
        {
            await appender.AppendAsync(Submission(i));
        }

        Assert.Equal(["0", "1", "2", "3"], stream.Keys.Distinct().Order(StringComparer.Ordinal));
    }

    private static SubmissionAppender Appender(RecordingStream stream, int partitions, int maxBatch = 256)
    {
        var services = new ServiceCollection().AddKeyedSingleton<IStreamProvider>(StreamNames.Provider, new RecordingProvider(stream)).BuildServiceProvider();
        return new SubmissionAppender(services, Microsoft.Extensions.Options.Options.Create(new SubmissionPipelineOptions { Partitions = partitions, MaxBatch = maxBatch }),
            NullLogger<SubmissionAppender>.Instance);
    }

    private static ContentSubmission Submission(int i) => new($"c{i}", "client", ContentType.Reviews, DateTimeOffset.UnixEpoch, "token", []);
}
