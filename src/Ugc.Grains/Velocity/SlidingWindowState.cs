namespace Ugc.Grains.Velocity;

/// <summary>The persisted form of a <see cref="SlidingWindowCounter"/>; plain arrays for JSON.</summary>
/// <param name="Window">The window length.</param>
/// <param name="BucketCount">How many buckets divide the window.</param>
/// <param name="BucketIndexes">Per ring slot, the absolute bucket number it holds (time ticks / bucket width).</param>
/// <param name="Counts">Per ring slot, the events counted in that bucket.</param>
[GenerateSerializer, Alias("ugc.state.sliding-window-state")]
public sealed record SlidingWindowState(
    [property: Id(0)] TimeSpan Window,
    [property: Id(1)] int BucketCount,
    [property: Id(2)] long[] BucketIndexes,
    [property: Id(3)] int[] Counts);
