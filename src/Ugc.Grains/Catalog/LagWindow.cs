namespace Ugc.Grains.Catalog;

/// <summary>
/// The most recent lag samples of this silo, kept in a fixed ring so percentiles are exact over the last
/// <see cref="Capacity"/> publications instead of bucket bounds. Thread-safe: grains on every scheduler record into it.
/// </summary>
public sealed class LagWindow(int capacity = LagWindow.DefaultCapacity)
{
    /// <summary>Samples kept by default: enough for a stable p99 without sorting more than a few kilobytes.</summary>
    public const int DefaultCapacity = 4096;

    private readonly double[] _samples = new double[capacity];
    private readonly Lock _lock = new();
    private long _count;

    /// <summary>The most samples kept.</summary>
    public int Capacity => _samples.Length;

    /// <summary>Samples recorded since start (kept or not).</summary>
    public long Count
    {
        get
        {
            lock (_lock)
            {
                return _count;
            }
        }
    }

    public void Record(double milliseconds)
    {
        lock (_lock)
        {
            _samples[_count % _samples.Length] = milliseconds;
            _count++;
        }
    }

    /// <summary>
    /// The samples recorded after the first <paramref name="cursor"/> (the newest <see cref="Capacity"/> of them if more
    /// were recorded since), oldest first, and the cursor to pass next time.
    /// </summary>
    public (double[] Samples, long Next) Since(long cursor)
    {
        lock (_lock)
        {
            var from = Math.Max(cursor, _count - _samples.Length);
            var samples = new double[Math.Max(0, _count - from)];
            for (var i = 0; i < samples.Length; i++)
            {
                samples[i] = _samples[(from + i) % _samples.Length];
            }

            return (samples, _count);
        }
    }

    /// <summary>The value at <paramref name="quantile"/> (0..1) of the kept samples, nearest rank; 0 without samples.</summary>
    public double Percentile(double quantile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quantile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quantile, 1);
        double[] copy;
        lock (_lock)
        {
            copy = _samples[..(int)Math.Min(_count, _samples.Length)];
        }

        if (copy.Length == 0)
        {
            return 0;
        }

        Array.Sort(copy);
        var rank = (int)Math.Ceiling(quantile * copy.Length);
        return copy[Math.Clamp(rank - 1, 0, copy.Length - 1)];
    }
}
