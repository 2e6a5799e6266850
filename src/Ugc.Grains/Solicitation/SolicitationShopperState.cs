namespace Ugc.Grains.Solicitation;

/// <summary>Persisted state of <see cref="SolicitationShopperGrain"/>.</summary>
[GenerateSerializer, Alias("ugc.state.solicitation-shopper")]
public sealed class SolicitationShopperState
{
    [Id(0)]
    public HashSet<string> Recipients { get; set; } = new(StringComparer.Ordinal);
}
