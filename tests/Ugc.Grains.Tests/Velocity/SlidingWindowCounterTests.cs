using System.Text.Json;
using Ugc.Grains.Velocity;

namespace Ugc.Grains.Tests.Velocity;

public class SlidingWindowCounterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Five_submissions_per_ten_minutes_blocks_the_sixth_until_the_window_slides()
    {
        var counter = new SlidingWindowCounter(TimeSpan.FromMinutes(10), bucketCount: 10);
        for (var i = 0; i < 5; i++)
        {
            Assert.True(counter.TryAcquire(T0.AddSeconds(i * 30), limit: 5), $"attempt {i + 1}");
        }

        Assert.False(counter.TryAcquire(T0.AddMinutes(3), limit: 5));
        Assert.False(counter.TryAcquire(T0.AddMinutes(9.9), limit: 5));
        Assert.Equal(5, counter.Count(T0.AddMinutes(9.9)));

        // Expiry is at most one bucket (1 minute) late, never early.
        Assert.False(counter.TryAcquire(T0.AddMinutes(10), limit: 5));
        Assert.True(counter.TryAcquire(T0.AddMinutes(11.5), limit: 5));
    }

    [Fact]
    public void Rejected_attempts_are_not_counted()
    {
        var counter = new SlidingWindowCounter(TimeSpan.FromMinutes(10));
        Assert.True(counter.TryAcquire(T0, 1));
        for (var i = 1; i <= 20; i++)
        {
            Assert.False(counter.TryAcquire(T0.AddSeconds(i), 1));
        }

        Assert.Equal(1, counter.Count(T0.AddMinutes(1)));
    }

    [Fact]
    public void One_review_per_product_per_shopper_over_a_year()
    {
        var counter = new SlidingWindowCounter(TimeSpan.FromDays(365), bucketCount: 12);
        Assert.True(counter.TryAcquire(T0, 1));
        Assert.False(counter.TryAcquire(T0.AddDays(200), 1));
        Assert.True(counter.TryAcquire(T0.AddDays(400), 1));
    }

    [Fact]
    public void Counts_a_burst_of_low_ratings_and_forgets_it()
    {
        var lowRatings = new SlidingWindowCounter(TimeSpan.FromHours(1), bucketCount: 12);
        var count = 0;
        for (var i = 0; i < 30; i++)
        {
            count = lowRatings.Add(T0.AddMinutes(i));
        }

        Assert.Equal(30, count);
        Assert.Equal(25, lowRatings.Count(T0.AddMinutes(65)));
        Assert.Equal(0, lowRatings.Count(T0.AddHours(3)));
        Assert.Null(lowRatings.NextExpiry(T0.AddHours(3)));
    }

    [Fact]
    public void Memory_is_fixed_however_many_events_arrive()
    {
        var counter = new SlidingWindowCounter(TimeSpan.FromMinutes(10), bucketCount: 10);
        for (var i = 0; i < 100_000; i++)
        {
            counter.Add(T0.AddSeconds(i));
        }

        var state = counter.ToState();
        Assert.Equal(11, state.Counts.Length);
        Assert.InRange(counter.Count(T0.AddSeconds(99_999)), 600, 660);
    }

    [Fact]
    public void Events_older_than_the_ring_are_ignored()
    {
        var counter = new SlidingWindowCounter(TimeSpan.FromMinutes(10), bucketCount: 10);
        counter.Add(T0.AddHours(1));
        counter.Add(T0);
        Assert.Equal(1, counter.Count(T0.AddHours(1)));
    }

    [Fact]
    public void Next_expiry_tells_a_blocked_caller_when_to_retry()
    {
        var counter = new SlidingWindowCounter(TimeSpan.FromMinutes(10), bucketCount: 10);
        counter.Add(T0.AddSeconds(30));
        var expiry = counter.NextExpiry(T0.AddMinutes(5));
        Assert.Equal(T0.AddMinutes(11), expiry);
        Assert.Equal(0, counter.Count(expiry!.Value));
        Assert.Equal(1, counter.Count(expiry.Value.AddTicks(-1)));
    }

    [Fact]
    public void State_round_trips_through_json()
    {
        var counter = new SlidingWindowCounter(TimeSpan.FromMinutes(10));
        counter.Add(T0, 3);
        counter.Add(T0.AddMinutes(4), 2);

        var json = JsonSerializer.Serialize(counter.ToState());
        var restored = SlidingWindowCounter.FromState(JsonSerializer.Deserialize<SlidingWindowState>(json)!);

        Assert.Equal(5, restored.Count(T0.AddMinutes(5)));
        Assert.Equal(counter.Count(T0.AddMinutes(10.5)), restored.Count(T0.AddMinutes(10.5)));
        Assert.False(restored.TryAcquire(T0.AddMinutes(5), 5));
    }
}
