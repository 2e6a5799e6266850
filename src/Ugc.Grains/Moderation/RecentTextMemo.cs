namespace Ugc.Grains.Moderation;

/// <summary>
/// Remembers a pure function's result for the texts it saw last, by content, in a fixed number of slots (a text's
/// slot is its hash's; a newer text in the same slot replaces it). One submission's moderation analyses the same
/// text several times: its duplicate fingerprint, the rules, the word count, then each routed model's features.
/// Bounded, so nothing remembered outlives a few hundred newer texts; thread-safe without locks.
/// </summary>
/// <typeparam name="T">The result; callers share it, so it must not be changed.</typeparam>
public sealed class RecentTextMemo<T>
    where T : class
{
    private readonly Entry?[] _slots;
    private readonly Func<string, T> _compute;

    /// <summary>Creates a memo of <paramref name="compute"/> with <paramref name="slots"/> slots.</summary>
    public RecentTextMemo(int slots, Func<string, T> compute)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slots, 1);
        ArgumentNullException.ThrowIfNull(compute);
        _slots = new Entry?[slots];
        _compute = compute;
    }

    /// <summary>The result for <paramref name="text"/>: remembered if this text was seen recently, else computed (a throw is not remembered).</summary>
    public T Get(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = text.GetHashCode(StringComparison.Ordinal);
        ref var slot = ref _slots[(uint)hash % (uint)_slots.Length];
        if (Volatile.Read(ref slot) is { } seen && seen.Hash == hash && string.Equals(seen.Text, text, StringComparison.Ordinal))
        {
            return seen.Value;
        }

        var value = _compute(text);
        Volatile.Write(ref slot, new Entry(text, hash, value));
        return value;
    }

    private sealed record Entry(string Text, int Hash, T Value);
}
