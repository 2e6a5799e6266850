namespace Ugc.Silo.Content;

/// <summary>
/// What one display answer was read from, collected while <see cref="ContentReader"/> composes it: each product with
/// the version it was read at (the oldest, if read twice), and whether anything else went into it (a client's
/// product list, shoppers, content grains), which no version tells the cache about.
/// </summary>
public sealed class ReadDependencies
{
    private static readonly AsyncLocal<ReadDependencies?> s_current = new();

    private readonly Lock _lock = new();
    private readonly Dictionary<string, long> _products = new(StringComparer.Ordinal);
    private bool _untracked;

    /// <summary>Whether something without a version went into the answer.</summary>
    public bool Untracked
    {
        get
        {
            lock (_lock)
            {
                return _untracked;
            }
        }
    }

    /// <summary>The products read and their versions.</summary>
    public IReadOnlyList<(string Key, long Version)> Products
    {
        get
        {
            lock (_lock)
            {
                return [.. _products.Select(p => (p.Key, p.Value))];
            }
        }
    }

    /// <summary>Collects what the reads of the current async flow touch until the scope is disposed.</summary>
    public static IDisposable Collect(out ReadDependencies dependencies)
    {
        var previous = s_current.Value;
        s_current.Value = dependencies = new ReadDependencies();
        return new Scope(previous);
    }

    /// <summary>Notes a product read at <paramref name="version"/> (0: unknown, so untracked).</summary>
    public static void Product(string clientId, string productId, long version)
    {
        if (s_current.Value is not { } current)
        {
            return;
        }

        if (version == 0)
        {
            Other();
            return;
        }

        var key = $"{clientId}/{productId}";
        lock (current._lock)
        {
            current._products[key] = current._products.TryGetValue(key, out var seen) ? Math.Min(seen, version) : version;
        }
    }

    /// <summary>Notes a read of something without a version.</summary>
    public static void Other()
    {
        if (s_current.Value is { } current)
        {
            lock (current._lock)
            {
                current._untracked = true;
            }
        }
    }

    private sealed class Scope(ReadDependencies? previous) : IDisposable
    {
        public void Dispose() => s_current.Value = previous;
    }
}
