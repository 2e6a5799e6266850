using System.Collections.Concurrent;

namespace Ugc.Grains.Caching;

/// <summary>
/// The versions of what grains active on this silo hold, as they change: products post the version of everything their
/// reads show (key <c>clientId/productId</c>), clients the version of their keys (<see cref="ClientKeysKey"/>). Readers of
/// this silo consult it to learn at once, without a grain call, that a cached answer is out of date. A grain active
/// elsewhere is not on it; readers then rely on their time limit and ask the grain.
/// </summary>
public sealed class VersionBoard
{
    private readonly ConcurrentDictionary<string, long> _versions = new(StringComparer.Ordinal);

    /// <summary>Entries on the board.</summary>
    public int Count => _versions.Count;

    /// <summary>The board key of a client's API keys.</summary>
    public static string ClientKeysKey(string clientId) => "keys:" + clientId;

    /// <summary>The current version, when the grain is active on this silo.</summary>
    public bool TryGet(string key, out long version) => _versions.TryGetValue(key, out version);

    /// <summary>A version to start an activation at: random, so a later activation never reuses one of an earlier.</summary>
    public static long NewVersion() => Random.Shared.NextInt64(1, long.MaxValue / 2);

    internal void Set(string key, long version) => _versions[key] = version;

    /// <summary>Takes the entry off the board, unless a newer activation has put its own version there.</summary>
    internal void Remove(string key, long version) => _versions.TryRemove(new KeyValuePair<string, long>(key, version));
}
