using System.Collections.Concurrent;

namespace Ugc.Grains.Catalog;

/// <summary>
/// The versions of the product grains active on this silo, as they change: a silo-local board readers of this silo
/// consult to learn at once that a cached answer is out of date, without a grain call. A product active elsewhere is
/// not on it; readers then rely on their time limit and ask the grain (<see cref="Contracts.Catalog.IProductGrain.GetVersionAsync"/>).
/// </summary>
public sealed class ProductVersions
{
    private readonly ConcurrentDictionary<string, long> _versions = new(StringComparer.Ordinal);

    /// <summary>Products on the board.</summary>
    public int Count => _versions.Count;

    /// <summary>The current version of a product active on this silo.</summary>
    public bool TryGet(string productKey, out long version) => _versions.TryGetValue(productKey, out version);

    /// <summary>The current version of a product active on this silo, looked up without allocating.</summary>
    public bool TryGet(ReadOnlySpan<char> productKey, out long version) =>
        _versions.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(productKey, out version);

    internal void Set(string productKey, long version) => _versions[productKey] = version;

    /// <summary>Takes the product off the board, unless a newer activation has put its own version there.</summary>
    internal void Remove(string productKey, long version) => _versions.TryRemove(new KeyValuePair<string, long>(productKey, version));
}
