namespace Ugc.Grains.Solicitation;

/// <summary>Persisted state of <see cref="SolicitationBucketGrain"/>: order ids and when to wake them.</summary>
[GenerateSerializer, Alias("ugc.state.solicitation-bucket")]
public sealed class SolicitationBucketState
{
    [Id(0)]
    public Dictionary<string, DateTimeOffset> Wakes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Set when a round stopped on a failing channel: no round before it.</summary>
    [Id(1)]
    public DateTimeOffset? PausedUntil { get; set; }

    /// <summary>Rounds in a row that stopped on a failing channel (the pause doubles with each).</summary>
    [Id(2)]
    public int PausedRounds { get; set; }
}
