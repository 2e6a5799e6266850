using Ugc.Grains.Velocity;

namespace Ugc.Grains.Shoppers;

/// <summary>The persisted state of a <see cref="VelocityGrain"/>: one counter per window length in use.</summary>
public sealed class VelocityState
{
    /// <summary>Counters keyed by their window in ticks (invariant text, for JSON).</summary>
    public Dictionary<string, SlidingWindowState> Windows { get; set; } = [];
}
