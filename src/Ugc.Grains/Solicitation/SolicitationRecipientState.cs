namespace Ugc.Grains.Solicitation;

/// <summary>Persisted state of <see cref="SolicitationRecipientGrain"/>: no address, only its pseudonym (the key).</summary>
[GenerateSerializer, Alias("ugc.state.solicitation-recipient")]
public sealed class SolicitationRecipientState
{
    [Id(0)]
    public bool Suppressed { get; set; }

    [Id(1)]
    public DateTimeOffset? SuppressedAt { get; set; }

    [Id(2)]
    public string? SuppressionReason { get; set; }

    /// <summary>Orders of this recipient, with when they arrived (pruned after a year).</summary>
    [Id(3)]
    public Dictionary<string, DateTimeOffset> Orders { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Orders solicited (or being solicited), with when: the frequency cap.</summary>
    [Id(4)]
    public Dictionary<string, DateTimeOffset> Solicited { get; set; } = new(StringComparer.Ordinal);

    [Id(5)]
    public HashSet<string> Reviewed { get; set; } = new(StringComparer.Ordinal);
}
