using Ugc.Grains.Velocity;

namespace Ugc.Grains.Shoppers;

/// <summary>The persisted state of a <see cref="VelocityGrain"/>: one counter per window length in use.</summary>
[GenerateSerializer, Alias("ugc.state.velocity-state")]
public sealed class VelocityState
{
    /// <summary>Counters keyed by their window in ticks (invariant text, for JSON).</summary>
    [Id(0)]
    public Dictionary<string, SlidingWindowState> Windows { get; set; } = [];
}
