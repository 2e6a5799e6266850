using System.Buffers;
using System.Text;

namespace Ugc.Grains.Moderation;

/// <summary>
/// 64-bit FNV-1a over UTF-8 bytes: stable across processes, platforms and .NET versions,
/// unlike <see cref="string.GetHashCode()"/>, so hashes can be persisted and compared later.
/// </summary>
public static class Fnv1a64
{
    /// <summary>The FNV-1a 64-bit offset basis: the hash of empty input.</summary>
    public const ulong OffsetBasis = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;

    /// <summary>Hashes the UTF-8 encoding of <paramref name="text"/>.</summary>
    public static ulong Hash(ReadOnlySpan<char> text) => Append(OffsetBasis, text);

    /// <summary>Continues <paramref name="hash"/> with the UTF-8 encoding of <paramref name="text"/>.</summary>
    public static ulong Append(ulong hash, ReadOnlySpan<char> text)
    {
        var max = Encoding.UTF8.GetMaxByteCount(text.Length);
        byte[]? rented = null;
        var buffer = max <= 512 ? stackalloc byte[max] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var written = Encoding.UTF8.GetBytes(text, buffer);
            return Append(hash, buffer[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Continues <paramref name="hash"/> with raw bytes.</summary>
    public static ulong Append(ulong hash, ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            hash ^= b;
            hash *= Prime;
        }

        return hash;
    }

    /// <summary>Continues <paramref name="hash"/> with one byte, e.g. a separator between fields.</summary>
    public static ulong Append(ulong hash, byte value) => (hash ^ value) * Prime;
}
