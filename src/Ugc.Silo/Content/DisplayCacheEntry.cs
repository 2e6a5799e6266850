namespace Ugc.Silo.Content;

/// <summary>
/// One cached display answer: its serialized body and ETag, the result that writes them, and what it was read from —
/// product versions, or nothing versioned (then it lives for the time limit only).
/// </summary>
public sealed class DisplayCacheEntry
{
    public DisplayCacheEntry(byte[] body, string etag, IReadOnlyList<(string Key, long Version)> products, bool untracked, string cacheControl, long now)
    {
        Body = body;
        ETag = etag;
        Products = [.. products];
        Untracked = untracked;
        ValidatedAt = now;
        LastUsed = now;
        Result = new CachedDisplayResult(body, etag, cacheControl);
    }

    public byte[] Body { get; }

    public string ETag { get; }

    /// <summary>The products read, at the versions read.</summary>
    public (string Key, long Version)[] Products { get; }

    /// <summary>Whether something without a version went into it.</summary>
    public bool Untracked { get; }

    /// <summary>The result writing this entry; one per entry, so a hit allocates none.</summary>
    public IResult Result { get; }

    /// <summary>When the versions were last known current (a timestamp of the cache's clock).</summary>
    public long ValidatedAt { get; set; }

    /// <summary>When it was last served, for eviction.</summary>
    public long LastUsed { get; set; }

    /// <summary>The revalidation in flight, so concurrent requests share one.</summary>
    public Task<bool>? Revalidation { get; set; }
}
