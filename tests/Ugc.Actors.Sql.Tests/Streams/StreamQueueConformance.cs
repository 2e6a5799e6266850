using System.Text;
using Ugc.Actors.Sql.Tests.Infrastructure;
using Ugc.Actors.Testing;
using Ugc.Actors.Streams;

namespace Ugc.Actors.Sql.Tests.Streams;

/// <summary>What every <see cref="IStreamQueueStorage"/> must do: order, batches, visibility, attempts, abandon, stats.</summary>
public abstract class StreamQueueConformance
{
    protected static readonly TimeSpan Visibility = TimeSpan.FromSeconds(30);

    protected ManualTimeProvider Clock { get; } = new();

    private readonly Lazy<IStreamQueueStorage> _queues;

    // Lazy and thread-safe: racing tests touch it first from several threads, and each creation is a new service.
    protected StreamQueueConformance() => _queues = new(() => CreateQueues(Clock));

    protected IStreamQueueStorage Queues => _queues.Value;

    /// <summary>Queues of their own (a fresh service or instance) whose times come from <paramref name="clock"/>.</summary>
    protected abstract IStreamQueueStorage CreateQueues(TimeProvider clock);

    protected static QueueEnvelope Envelope(string text, string key = "k1") =>
        new("reviews", key, "Ugc.Test.Event", Encoding.UTF8.GetBytes($"{{\"text\":\"{text}\"}}"));

    protected static string Text(QueueMessage message) => Encoding.UTF8.GetString(message.Envelope.Payload);

    [ConformanceFact]
    public async Task A_batch_dequeues_in_enqueue_order_with_its_first_attempt()
    {
        await Queues.InitAsync();
        await Queues.EnqueueAsync(1, [Envelope("a"), Envelope("b"), Envelope("c")]);
        await Queues.EnqueueAsync(1, [Envelope("d")]);

        var messages = await Queues.DequeueAsync(1, 10, Visibility);

        Assert.Equal(["a", "b", "c", "d"], messages.Select(m => Text(m)[9..10]));
        Assert.All(messages, m => Assert.Equal(1, m.Attempts));
        Assert.All(messages, m => Assert.Equal(Clock.GetUtcNow(), m.EnqueuedAt));
        Assert.All(messages, m => Assert.Equal(1, m.QueueId));
        Assert.Equal(messages.Select(m => m.SequenceId).Order(), messages.Select(m => m.SequenceId));
        Assert.Equal(4, messages.Select(m => m.SequenceId).Distinct().Count());
    }

    [ConformanceFact]
    public async Task Envelope_fields_and_binary_payload_round_trip()
    {
        var payload = Enumerable.Range(0, 70_000).Select(i => (byte)(i * 31)).ToArray();
        await Queues.EnqueueAsync(2, [new QueueEnvelope("ns", "stream/key", "Some.Type, Asm", payload)]);

        var message = Assert.Single(await Queues.DequeueAsync(2, 5, Visibility));

        Assert.Equal("ns", message.Envelope.StreamNamespace);
        Assert.Equal("stream/key", message.Envelope.StreamKey);
        Assert.Equal("Some.Type, Asm", message.Envelope.PayloadType);
        Assert.Equal(payload, message.Envelope.Payload);
    }

    [ConformanceFact]
    public async Task Dequeue_takes_at_most_max_count_and_leaves_the_rest_for_the_next_call()
    {
        await Queues.EnqueueAsync(1, Enumerable.Range(0, 5).Select(i => Envelope("m" + i)).ToList());

        var first = await Queues.DequeueAsync(1, 2, Visibility);
        var second = await Queues.DequeueAsync(1, 10, Visibility);
        var third = await Queues.DequeueAsync(1, 10, Visibility);

        Assert.Equal(2, first.Count);
        Assert.Equal(3, second.Count);
        Assert.Empty(third);
        Assert.True(first[^1].SequenceId < second[0].SequenceId);
    }

    [ConformanceFact]
    public async Task Queues_are_separate_partitions()
    {
        await Queues.EnqueueAsync(1, [Envelope("one")]);
        await Queues.EnqueueAsync(2, [Envelope("two")]);

        var fromTwo = Assert.Single(await Queues.DequeueAsync(2, 10, Visibility));

        Assert.Contains("two", Text(fromTwo), StringComparison.Ordinal);
        Assert.Equal(2, fromTwo.QueueId);
        Assert.Empty(await Queues.DequeueAsync(3, 10, Visibility));
    }

    [ConformanceFact]
    public async Task An_unconfirmed_message_is_redelivered_after_its_visibility_timeout_with_attempts_counted()
    {
        await Queues.EnqueueAsync(1, [Envelope("x")]);
        var first = Assert.Single(await Queues.DequeueAsync(1, 10, Visibility));

        Clock.Advance(Visibility - TimeSpan.FromSeconds(1));
        Assert.Empty(await Queues.DequeueAsync(1, 10, Visibility));
        Clock.Advance(TimeSpan.FromSeconds(1));
        var second = Assert.Single(await Queues.DequeueAsync(1, 10, Visibility));
        Clock.Advance(Visibility);
        var third = Assert.Single(await Queues.DequeueAsync(1, 10, Visibility));

        Assert.Equal(first.SequenceId, second.SequenceId);
        Assert.Equal([1, 2, 3], new[] { first.Attempts, second.Attempts, third.Attempts });
    }

    [ConformanceFact]
    public async Task Confirmed_messages_are_gone()
    {
        await Queues.EnqueueAsync(1, [Envelope("a"), Envelope("b"), Envelope("c")]);
        var taken = await Queues.DequeueAsync(1, 10, Visibility);

        await Queues.ConfirmAsync(1, [taken[0].SequenceId, taken[2].SequenceId]);
        Clock.Advance(Visibility);

        var left = Assert.Single(await Queues.DequeueAsync(1, 10, Visibility));
        Assert.Equal(taken[1].SequenceId, left.SequenceId);
        Assert.Equal(1, (await Queues.GetQueueStatsAsync(1)).Depth);
    }

    [ConformanceFact]
    public async Task Abandon_makes_a_message_visible_again_after_the_delay()
    {
        await Queues.EnqueueAsync(1, [Envelope("retry")]);
        var first = Assert.Single(await Queues.DequeueAsync(1, 10, Visibility));

        await Queues.AbandonAsync(1, first.SequenceId, TimeSpan.FromSeconds(5));

        Clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Empty(await Queues.DequeueAsync(1, 10, Visibility));
        Clock.Advance(TimeSpan.FromSeconds(1));
        var again = Assert.Single(await Queues.DequeueAsync(1, 10, Visibility));
        Assert.Equal(2, again.Attempts);

        // Abandon with no delay: visible at once, well before the visibility timeout.
        await Queues.AbandonAsync(1, again.SequenceId, TimeSpan.Zero);
        Assert.Equal(3, Assert.Single(await Queues.DequeueAsync(1, 10, Visibility)).Attempts);
    }

    [ConformanceFact]
    public async Task Stats_count_waiting_and_in_flight_messages_and_the_oldest_enqueue_time()
    {
        var empty = await Queues.GetQueueStatsAsync(4);
        var start = Clock.GetUtcNow();
        await Queues.EnqueueAsync(4, [Envelope("a"), Envelope("b")]);
        Clock.Advance(TimeSpan.FromMinutes(1));
        await Queues.EnqueueAsync(4, [Envelope("c")]);
        await Queues.DequeueAsync(4, 1, Visibility);

        var stats = await Queues.GetQueueStatsAsync(4);

        Assert.Equal(new QueueStats(4, 0, null), empty);
        Assert.Equal(new QueueStats(4, 3, start), stats);
    }

    [ConformanceFact]
    public async Task Concurrent_readers_never_get_the_same_message()
    {
        await Queues.EnqueueAsync(6, Enumerable.Range(0, 60).Select(i => Envelope("m" + i, "k" + (i % 4))).ToList());

        var batches = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var mine = new List<long>();
            while (true)
            {
                var batch = await Queues.DequeueAsync(6, 5, Visibility);
                if (batch.Count == 0)
                {
                    return mine;
                }

                mine.AddRange(batch.Select(m => m.SequenceId));
            }
        })));

        var all = batches.SelectMany(b => b).ToList();
        Assert.Equal(60, all.Count);
        Assert.Equal(60, all.Distinct().Count());
    }
}
