namespace Ugc.Grains.Operations;

/// <summary>Persisted state of <see cref="OperatorSessionsGrain"/>: session hash to expiry.</summary>
[GenerateSerializer, Alias("ugc.state.operator-sessions")]
public sealed class OperatorSessionsState
{
    [Id(0)]
    public Dictionary<string, DateTimeOffset> Expiries { get; set; } = new(StringComparer.Ordinal);
}
