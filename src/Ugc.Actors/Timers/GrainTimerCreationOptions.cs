namespace Ugc.Actors.Timers;

/// <summary>How a grain timer behaves.</summary>
/// <param name="DueTime">Delay before the first tick.</param>
/// <param name="Period">Delay between the end of one tick and the next; <see cref="Timeout.InfiniteTimeSpan"/> for one tick only.</param>
public readonly record struct GrainTimerCreationOptions(TimeSpan DueTime, TimeSpan Period)
{
    /// <summary>Whether ticks may interleave with calls in progress (as <see cref="AlwaysInterleaveAttribute"/>).</summary>
    /// <value>The default is false: a tick is a turn like any call.</value>
    public bool Interleave { get; init; }

    /// <summary>Whether ticks count as activity that postpones idle collection.</summary>
    /// <value>The default is false: a timer alone does not keep a grain in memory.</value>
    public bool KeepAlive { get; init; }
}
