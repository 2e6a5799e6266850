using Ugc.Actors.Sql.Tests.Infrastructure;
using Ugc.Actors.Streams;

namespace Ugc.Actors.Sql.Tests.Streams;

/// <summary>The dead-letter and lease half of the <see cref="IStreamQueueStorage"/> contract.</summary>
public abstract class StreamDeadLetterAndLeaseConformance : StreamQueueConformance
{
    private static readonly TimeSpan LeaseTime = TimeSpan.FromSeconds(20);

    [ConformanceFact]
    public async Task Dead_lettering_moves_the_message_with_its_error_and_history()
    {
        await Queues.EnqueueAsync(3, [Envelope("poison"), Envelope("fine")]);
        var enqueuedAt = Clock.GetUtcNow();
        var poison = (await Queues.DequeueAsync(3, 1, Visibility))[0];
        Clock.Advance(Visibility);
        poison = (await Queues.DequeueAsync(3, 1, Visibility))[0];
        Clock.Advance(TimeSpan.FromSeconds(1));

        await Queues.DeadLetterAsync(poison, "handler threw FormatException");

        var letter = Assert.Single(await Queues.ReadDeadLettersAsync(10));
        Assert.Equal(3, letter.QueueId);
        Assert.Equal(poison.SequenceId, letter.SequenceId);
        Assert.Equal(poison.Envelope.Payload, letter.Envelope.Payload);
        Assert.Equal(poison.Envelope.StreamKey, letter.Envelope.StreamKey);
        Assert.Equal(enqueuedAt, letter.EnqueuedAt);
        Assert.Equal(Clock.GetUtcNow(), letter.FailedAt);
        Assert.Equal(2, letter.Attempts);
        Assert.Equal("handler threw FormatException", letter.LastError);
        Clock.Advance(Visibility);
        var left = Assert.Single(await Queues.DequeueAsync(3, 10, Visibility));
        Assert.NotEqual(poison.SequenceId, left.SequenceId);
        Assert.Equal(1, (await Queues.GetQueueStatsAsync(3)).Depth);
    }

    [ConformanceFact]
    public async Task Dead_letters_are_listed_newest_first_and_limited()
    {
        await Queues.EnqueueAsync(1, [Envelope("a"), Envelope("b"), Envelope("c")]);
        foreach (var message in await Queues.DequeueAsync(1, 10, Visibility))
        {
            await Queues.DeadLetterAsync(message, "error " + message.SequenceId);
        }

        var letters = await Queues.ReadDeadLettersAsync(2);

        Assert.Equal(2, letters.Count);
        Assert.True(letters[0].Id > letters[1].Id);
        Assert.True(letters[0].SequenceId > letters[1].SequenceId);
    }

    [ConformanceFact]
    public async Task A_message_already_confirmed_is_not_dead_lettered()
    {
        await Queues.EnqueueAsync(1, [Envelope("done")]);
        var message = Assert.Single(await Queues.DequeueAsync(1, 10, Visibility));
        await Queues.ConfirmAsync(1, [message.SequenceId]);

        await Queues.DeadLetterAsync(message, "late failure");

        Assert.Empty(await Queues.ReadDeadLettersAsync(10));
    }

    [ConformanceFact]
    public async Task Replay_puts_a_dead_letter_back_as_a_new_message_once()
    {
        await Queues.EnqueueAsync(5, [Envelope("retry-me")]);
        var original = Assert.Single(await Queues.DequeueAsync(5, 10, Visibility));
        await Queues.DeadLetterAsync(original, "boom");
        var letter = Assert.Single(await Queues.ReadDeadLettersAsync(10));
        Clock.Advance(TimeSpan.FromMinutes(10));

        Assert.True(await Queues.ReplayDeadLetterAsync(letter.Id));
        Assert.False(await Queues.ReplayDeadLetterAsync(letter.Id));

        Assert.Empty(await Queues.ReadDeadLettersAsync(10));
        var replayed = Assert.Single(await Queues.DequeueAsync(5, 10, Visibility));
        Assert.True(replayed.SequenceId > original.SequenceId);
        Assert.Equal(1, replayed.Attempts);
        Assert.Equal(Clock.GetUtcNow(), replayed.EnqueuedAt);
        Assert.Equal(original.Envelope.Payload, replayed.Envelope.Payload);
        Assert.Equal(5, replayed.QueueId);
    }

    [ConformanceFact]
    public async Task A_lease_is_exclusive_renewable_and_released()
    {
        Assert.True(await Queues.TryAcquireLeaseAsync(1, "silo-a", LeaseTime));
        Assert.False(await Queues.TryAcquireLeaseAsync(1, "silo-b", LeaseTime));
        Assert.True(await Queues.TryAcquireLeaseAsync(2, "silo-b", LeaseTime));
        Assert.True(await Queues.TryAcquireLeaseAsync(1, "silo-a", LeaseTime));

        await Queues.ReleaseLeaseAsync(1, "silo-b");
        Assert.False(await Queues.TryAcquireLeaseAsync(1, "silo-b", LeaseTime));

        await Queues.ReleaseLeaseAsync(1, "silo-a");
        Assert.True(await Queues.TryAcquireLeaseAsync(1, "silo-b", LeaseTime));
    }

    [ConformanceFact]
    public async Task An_expired_lease_can_be_taken_over_and_the_old_owner_loses_it()
    {
        Assert.True(await Queues.TryAcquireLeaseAsync(7, "silo-a", LeaseTime));
        Clock.Advance(LeaseTime - TimeSpan.FromMilliseconds(1));
        Assert.False(await Queues.TryAcquireLeaseAsync(7, "silo-b", LeaseTime));

        // Renewal moves the expiry: a renewed lease is not stolen at the first expiry time.
        Assert.True(await Queues.TryAcquireLeaseAsync(7, "silo-a", LeaseTime));
        Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.False(await Queues.TryAcquireLeaseAsync(7, "silo-b", LeaseTime));

        Clock.Advance(LeaseTime);
        Assert.True(await Queues.TryAcquireLeaseAsync(7, "silo-b", LeaseTime));
        Assert.False(await Queues.TryAcquireLeaseAsync(7, "silo-a", LeaseTime));
    }

    [ConformanceFact]
    public async Task Of_racing_acquirers_exactly_one_gets_a_free_lease()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            Task.Run(() => Queues.TryAcquireLeaseAsync(9, "silo-" + i, LeaseTime))));

        Assert.Equal(1, outcomes.Count(o => o));
    }
}
