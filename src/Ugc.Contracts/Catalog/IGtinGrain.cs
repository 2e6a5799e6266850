namespace Ugc.Contracts.Catalog;

/// <summary>Which client products carry one GTIN: the index syndication matches on. Key: the GTIN.</summary>
public interface IGtinGrain : IGrainWithStringKey
{
    /// <summary>Adds or updates a product carrying this GTIN.</summary>
    Task AddAsync(GtinMatch match);

    /// <summary>Removes a product that no longer carries it.</summary>
    Task RemoveAsync(string clientId, string productId);

    /// <summary>Every product carrying this GTIN.</summary>
    [ReadOnly]
    Task<IReadOnlyList<GtinMatch>> GetAsync();
}
