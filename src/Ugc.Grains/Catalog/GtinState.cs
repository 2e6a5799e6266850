using Ugc.Contracts.Catalog;

namespace Ugc.Grains.Catalog;

/// <summary>The persisted state of a <see cref="GtinGrain"/>.</summary>
[GenerateSerializer, Alias("ugc.state.gtin-state")]
public sealed class GtinState
{
    /// <summary>Products carrying the GTIN, one per client and product.</summary>
    [Id(0)]
    public List<GtinMatch> Matches { get; set; } = [];
}
