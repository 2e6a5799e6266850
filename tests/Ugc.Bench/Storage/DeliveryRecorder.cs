using System.Diagnostics;

namespace Ugc.Bench.Storage;

/// <summary>Enqueue-to-delivery lags seen by <see cref="BenchConsumerGrain"/>, in microseconds, for one run at a time.</summary>
public static class DeliveryRecorder
{
    private static double[] s_lags = [];
    private static int s_count;

    public static int Count => Volatile.Read(ref s_count);

    public static void Reset(int capacity)
    {
        s_lags = new double[capacity];
        Volatile.Write(ref s_count, 0);
    }

    public static void Record(long appendedAt)
    {
        var lag = Stopwatch.GetElapsedTime(appendedAt).TotalMicroseconds;
        var index = Interlocked.Increment(ref s_count) - 1;
        if (index < s_lags.Length)
        {
            s_lags[index] = lag;
        }
    }

    /// <summary>The lags recorded so far, sorted.</summary>
    public static double[] SortedLags()
    {
        var lags = s_lags.AsSpan(0, Math.Min(Count, s_lags.Length)).ToArray();
        Array.Sort(lags);
        return lags;
    }
}
