namespace Ugc.Grains.Velocity;

/// <summary>
/// Counts events in a sliding time window with fixed memory: a ring of time buckets. The caller
/// always passes the time, so grains replay and tests run without a clock. Counts are conservative:
/// an event is forgotten at most one bucket width after it leaves the window, never before.
/// Examples: 5 submissions per 10 minutes per shopper, device, IP or e-mail; 1 review per product per
/// shopper over a year; many 1-2 star ratings on one product within an hour.
/// </summary>
public sealed class SlidingWindowCounter
{
    private readonly long _bucketTicks;
    private readonly long[] _indexes;
    private readonly int[] _counts;

    /// <summary>Creates an empty counter.</summary>
    /// <param name="window">The window length.</param>
    /// <param name="bucketCount">Buckets per window: more buckets, finer expiry, more memory.</param>
    public SlidingWindowCounter(TimeSpan window, int bucketCount = 10)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(bucketCount, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bucketCount, 10_000);
        Window = window;
        BucketCount = bucketCount;
        _bucketTicks = Math.Max(1, window.Ticks / bucketCount);

        // One extra slot so the partly expired oldest bucket is still counted.
        _indexes = new long[bucketCount + 1];
        _counts = new int[bucketCount + 1];
        Array.Fill(_indexes, long.MinValue);
    }

    /// <summary>The window length.</summary>
    public TimeSpan Window { get; }

    /// <summary>Buckets per window.</summary>
    public int BucketCount { get; }

    /// <summary>Restores a counter saved with <see cref="ToState"/>.</summary>
    public static SlidingWindowCounter FromState(SlidingWindowState state)
    {
        var counter = new SlidingWindowCounter(state.Window, state.BucketCount);
        if (state.BucketIndexes.Length != counter._indexes.Length || state.Counts.Length != counter._counts.Length)
        {
            throw new ArgumentException("State arrays do not match the bucket count.", nameof(state));
        }

        state.BucketIndexes.CopyTo(counter._indexes, 0);
        state.Counts.CopyTo(counter._counts, 0);
        return counter;
    }

    /// <summary>A copy of the counter's state for persistence.</summary>
    public SlidingWindowState ToState() => new(Window, BucketCount, (long[])_indexes.Clone(), (int[])_counts.Clone());

    /// <summary>Events counted in the window ending at <paramref name="now"/>.</summary>
    public int Count(DateTimeOffset now)
    {
        var current = BucketOf(now);
        var total = 0;
        for (var slot = 0; slot < _indexes.Length; slot++)
        {
            // Buckets newer than "now" (a caller's clock behind another's) still count: conservative.
            if (_indexes[slot] >= current - BucketCount)
            {
                total += _counts[slot];
            }
        }

        return total;
    }

    /// <summary>Records <paramref name="count"/> events at <paramref name="now"/> and returns the new window count.</summary>
    public int Add(DateTimeOffset now, int count = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var bucket = BucketOf(now);
        var slot = (int)(((bucket % _indexes.Length) + _indexes.Length) % _indexes.Length);
        if (_indexes[slot] < bucket)
        {
            _indexes[slot] = bucket;
            _counts[slot] = 0;
        }

        // An event older than the bucket now in its slot has left every window that matters.
        if (_indexes[slot] == bucket)
        {
            _counts[slot] = (int)Math.Min(int.MaxValue, (long)_counts[slot] + count);
        }

        return Count(now);
    }

    /// <summary>
    /// Records one event if the window holds fewer than <paramref name="limit"/>; otherwise records
    /// nothing and returns false, so rejected attempts do not extend a block.
    /// </summary>
    public bool TryAcquire(DateTimeOffset now, int limit)
    {
        if (Count(now) >= limit)
        {
            return false;
        }

        Add(now);
        return true;
    }

    /// <summary>When the window count will next drop, or null if it is empty: the Retry-After for a blocked caller.</summary>
    public DateTimeOffset? NextExpiry(DateTimeOffset now)
    {
        var current = BucketOf(now);
        var oldest = _indexes.Where((index, slot) => index >= current - BucketCount && _counts[slot] > 0).DefaultIfEmpty(long.MinValue).Min();
        return oldest == long.MinValue ? null : new DateTimeOffset((oldest + BucketCount + 1) * _bucketTicks, TimeSpan.Zero);
    }

    private long BucketOf(DateTimeOffset now) => now.UtcTicks / _bucketTicks;
}
