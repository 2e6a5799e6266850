using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Ugc.Contracts.Catalog;
using Ugc.Grains.Caching;
using Ugc.Silo.Gateway;

namespace Ugc.Silo.Content;

/// <summary>
/// The gateway's display answers, serialized once per (query, product versions) and kept as bytes with their ETag.
/// An answer is served while every product it was read from is at the version it was read at:
/// <list type="bullet">
/// <item>a product active on this silo posts each new version on the <see cref="VersionBoard"/>, so its answers are
/// dropped the moment it changes;</item>
/// <item>for a product active elsewhere the board says nothing, so an answer is trusted for at most
/// <see cref="GatewayOptions.CacheSeconds"/> after its versions were last confirmed; then the product grains are asked
/// for their versions (one call each) before it is served again;</item>
/// <item>an answer that read anything without a version (a client's product list, shoppers) lives that long, then is
/// read again.</item>
/// </list>
/// So no answer is served more than <see cref="GatewayOptions.CacheSeconds"/> after the data it shows changed, on any
/// silo. Bounded by entries and bytes; the least recently served go first. Concurrent misses of one query share one read.
/// </summary>
public sealed class DisplayCache(IGrainFactory grains, VersionBoard board, IOptions<GatewayOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<DisplayCacheKey, DisplayCacheEntry> _entries = new();
    private readonly ConcurrentDictionary<DisplayCacheKey, Lazy<Task<IResult>>> _reading = new();
    private readonly Lock _evicting = new();
    private readonly string _cacheControl = $"private, max-age={options.Value.CacheSeconds.ToString(CultureInfo.InvariantCulture)}";
    private long _bytes;

    /// <summary>Answers held.</summary>
    public int Count => _entries.Count;

    /// <summary>Bytes of the answers held.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>The answer to <paramref name="key"/>: the cached one while current, else what <paramref name="read"/> produces.</summary>
    /// <param name="key">The query.</param>
    /// <param name="read">Reads and serializes the answer.</param>
    public ValueTask<IResult> GetAsync(DisplayCacheKey key, Func<Task<DisplayRead>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (options.Value.CacheSeconds <= 0)
        {
            return new(ReadUncachedAsync(read));
        }

        if (_entries.TryGetValue(key, out var entry))
        {
            var now = time.GetTimestamp();
            switch (Check(entry, now))
            {
                case Freshness.Current:
                    entry.LastUsed = now;
                    return new(entry.Result);
                case Freshness.Unconfirmed:
                    return new(RevalidateAsync(key, entry, read));
                default:
                    Remove(key, entry);
                    break;
            }
        }

        return new(ReadSharedAsync(key, read));
    }

    /// <summary>A strong ETag over the body, as every display answer carries.</summary>
    public static string ETagOf(byte[] body) => "\"" + Convert.ToHexString(SHA256.HashData(body), 0, 16).ToLowerInvariant() + "\"";

    private Freshness Check(DisplayCacheEntry entry, long now)
    {
        foreach (var (product, version) in entry.Products)
        {
            if (board.TryGet(product, out var current) && current != version)
            {
                return Freshness.Stale;
            }
        }

        if (time.GetElapsedTime(entry.ValidatedAt, now).TotalSeconds < options.Value.CacheSeconds)
        {
            return Freshness.Current;
        }

        return entry.Untracked || entry.Products.Length == 0 ? Freshness.Stale : Freshness.Unconfirmed;
    }

    private async Task<IResult> RevalidateAsync(DisplayCacheKey key, DisplayCacheEntry entry, Func<Task<DisplayRead>> read)
    {
        var revalidation = entry.Revalidation;
        if (revalidation is null)
        {
            entry.Revalidation = revalidation = ConfirmAsync(entry);
        }

        var confirmed = await revalidation;
        if (entry.Revalidation == revalidation)
        {
            entry.Revalidation = null;
        }

        if (confirmed)
        {
            return entry.Result;
        }

        Remove(key, entry);
        return await ReadSharedAsync(key, read);
    }

    /// <summary>Asks every product of the entry for its version; true (and the entry confirmed now) when none moved.</summary>
    private async Task<bool> ConfirmAsync(DisplayCacheEntry entry)
    {
        var asked = time.GetTimestamp();
        var versions = await Task.WhenAll(entry.Products.Select(p => grains.GetGrain<IProductGrain>(p.Key).GetVersionAsync()));
        if (!versions.SequenceEqual(entry.Products.Select(p => p.Version)))
        {
            return false;
        }

        entry.ValidatedAt = asked;
        return true;
    }

    private Task<IResult> ReadSharedAsync(DisplayCacheKey key, Func<Task<DisplayRead>> read)
    {
        var reading = _reading.GetOrAdd(key, k => new Lazy<Task<IResult>>(() => ReadAndStoreAsync(k, read)));
        return reading.Value;
    }

    private async Task<IResult> ReadAndStoreAsync(DisplayCacheKey key, Func<Task<DisplayRead>> read)
    {
        try
        {
            // The clock is read before the data: the answer is never thought confirmed later than its reads.
            var started = time.GetTimestamp();
            var (body, dependencies, answer) = await read();
            if (answer is not null)
            {
                return answer;
            }

            var entry = new DisplayCacheEntry(body, ETagOf(body), dependencies?.Products ?? [], dependencies?.Untracked ?? true, _cacheControl, started);
            Store(key, entry);
            return entry.Result;
        }
        finally
        {
            _reading.TryRemove(key, out _);
        }
    }

    private async Task<IResult> ReadUncachedAsync(Func<Task<DisplayRead>> read)
    {
        var (body, _, answer) = await read();
        return answer ?? new CachedDisplayResult(body, ETagOf(body), _cacheControl);
    }

    private void Store(DisplayCacheKey key, DisplayCacheEntry entry)
    {
        if (_entries.TryGetValue(key, out var previous))
        {
            Remove(key, previous);
        }

        if (_entries.TryAdd(key, entry))
        {
            Interlocked.Add(ref _bytes, entry.Body.Length);
        }

        var settings = options.Value;
        if (_entries.Count > settings.ResponseCacheEntries || Interlocked.Read(ref _bytes) > settings.ResponseCacheBytes)
        {
            Evict(settings);
        }
    }

    private void Remove(DisplayCacheKey key, DisplayCacheEntry entry)
    {
        if (_entries.TryRemove(new KeyValuePair<DisplayCacheKey, DisplayCacheEntry>(key, entry)))
        {
            Interlocked.Add(ref _bytes, -entry.Body.Length);
        }
    }

    /// <summary>Drops the least recently served answers until the cache is at 90% of its bounds.</summary>
    private void Evict(GatewayOptions settings)
    {
        lock (_evicting)
        {
            var byAge = _entries.ToArray();
            Array.Sort(byAge, (a, b) => a.Value.LastUsed.CompareTo(b.Value.LastUsed));
            foreach (var (key, entry) in byAge)
            {
                if (_entries.Count <= settings.ResponseCacheEntries * 9 / 10 && Interlocked.Read(ref _bytes) <= settings.ResponseCacheBytes * 9 / 10)
                {
                    break;
                }

                Remove(key, entry);
            }
        }
    }

    private enum Freshness
    {
        Current,
        Unconfirmed,
        Stale,
    }
}
