namespace Ugc.Silo.Dashboard;

/// <summary>A method's (or a grain type's) cumulative counters at one sample, kept to compute the next deltas.</summary>
internal sealed class MethodTotals
{
    public long Calls { get; set; }

    public long Failures { get; set; }

    public long Micros { get; set; }

    public long[] Buckets { get; set; } = new long[Actors.Diagnostics.MethodStatistics.BucketCount];

    public void AddBuckets(long[] buckets)
    {
        for (var i = 0; i < buckets.Length; i++)
        {
            Buckets[i] += buckets[i];
        }
    }
}
