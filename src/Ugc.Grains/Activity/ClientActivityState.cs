namespace Ugc.Grains.Activity;

/// <summary>Persisted state of <see cref="ClientActivityGrain"/>.</summary>
[GenerateSerializer, Alias("ugc.state.client-activity-state")]
public sealed class ClientActivityState
{
    /// <summary>Counter name -> day -> count.</summary>
    [Id(0)]
    public Dictionary<string, Dictionary<DateOnly, long>> Counters { get; set; } = new(StringComparer.Ordinal);
}
