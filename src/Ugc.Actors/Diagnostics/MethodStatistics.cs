namespace Ugc.Actors.Diagnostics;

/// <summary>
/// Lock-free running totals for one grain method on one silo: what the dashboard and /metrics read. Latency buckets
/// are powers of two in microseconds, so a percentile costs a scan of 32 counters.
/// </summary>
public sealed class MethodStatistics
{
    public const int BucketCount = 32;

    private readonly long[] _buckets = new long[BucketCount];
    private long _calls;
    private long _failures;
    private long _totalMicroseconds;

    public long Calls => Volatile.Read(ref _calls);

    public long Failures => Volatile.Read(ref _failures);

    public long TotalMicroseconds => Volatile.Read(ref _totalMicroseconds);

    public void Record(TimeSpan elapsed, bool failed)
    {
        var micros = Math.Max(0, (long)elapsed.TotalMicroseconds);
        Interlocked.Increment(ref _calls);
        if (failed)
        {
            Interlocked.Increment(ref _failures);
        }

        Interlocked.Add(ref _totalMicroseconds, micros);
        Interlocked.Increment(ref _buckets[BucketOf(micros)]);
    }

    /// <summary>A copy of the latency buckets: bucket i counts calls that took under 2^i microseconds (and at least 2^(i-1)).</summary>
    public long[] SnapshotBuckets()
    {
        var copy = new long[BucketCount];
        for (var i = 0; i < BucketCount; i++)
        {
            copy[i] = Volatile.Read(ref _buckets[i]);
        }

        return copy;
    }

    /// <summary>The upper bound in microseconds of the bucket holding the given quantile of <paramref name="buckets"/>.</summary>
    public static double Percentile(long[] buckets, double quantile)
    {
        var total = buckets.Sum();
        if (total == 0)
        {
            return 0;
        }

        var target = (long)Math.Ceiling(total * quantile);
        long seen = 0;
        for (var i = 0; i < buckets.Length; i++)
        {
            seen += buckets[i];
            if (seen >= target)
            {
                return Math.Pow(2, i);
            }
        }

        return Math.Pow(2, buckets.Length - 1);
    }

    private static int BucketOf(long micros) => micros <= 0 ? 0 : Math.Min(BucketCount - 1, 64 - (int)ulong.LeadingZeroCount((ulong)micros));
}
