namespace Ugc.Contracts.Catalog;

/// <summary>Which client products carry one GTIN: the index syndication matches on. Key: the GTIN.</summary>
[Alias("ugc.IGtinGrain")]
public interface IGtinGrain : IGrainWithStringKey
{
    /// <summary>Adds or updates a product carrying this GTIN.</summary>
    [Alias("Add")]
    Task AddAsync(GtinMatch match);

    /// <summary>Removes a product that no longer carries it.</summary>
    [Alias("Remove")]
    Task RemoveAsync(string clientId, string productId);

    /// <summary>Every product carrying this GTIN.</summary>
    [ReadOnly]
    [Alias("Get")]
    Task<IReadOnlyList<GtinMatch>> GetAsync();
}
