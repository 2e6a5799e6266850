namespace Ugc.Actors;

/// <summary>Process-independent hashing: string.GetHashCode is randomized per process, placement must not be.</summary>
public static class StableHashing
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>FNV-1a over the UTF-16 code units of <paramref name="value"/>, finished with a mixer.</summary>
    public static ulong Hash(string value)
    {
        var hash = FnvOffset;
        foreach (var c in value)
        {
            hash = (hash ^ (byte)c) * FnvPrime;
            hash = (hash ^ (byte)(c >> 8)) * FnvPrime;
        }

        return Mix(hash);
    }

    /// <summary>Combines two hashes so that the result depends on both and on their order.</summary>
    public static ulong Combine(ulong a, ulong b) => Mix(a ^ (b + 0x9E3779B97F4A7C15 + (a << 6) + (a >> 2)));

    /// <summary>The splitmix64 finalizer: spreads every input bit over the whole word.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
