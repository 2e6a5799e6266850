using System.Buffers;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace Ugc.Grains.Catalog;

/// <summary>
/// Writes display texts one after another as bytes and compresses a full block of them. Each string is a length
/// header then its UTF-8 bytes; a string that is not valid UTF-16 (a lone surrogate) is kept as UTF-16 bytes, so
/// every string reads back exactly as it was given.
/// </summary>
public static class DisplayCodec
{
    // Brotli's middle qualities compress a block of review text about as well as the highest at a fraction of the time.
    private const int Quality = 5;
    private const int Window = 17;

    // Decompressed this much at a time when only a block's first slots are needed.
    private const int ReadChunk = 4096;

    /// <summary>The bytes of one display text, to append to a block's raw bytes.</summary>
    public static byte[] Encode(DisplayText display)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(buffer, display.Title);
        Write(buffer, display.Text);
        Write(buffer, display.Details);
        Write(buffer, display.UserNickname);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Every display text in a block's raw bytes, in slot order.</summary>
    public static DisplayText[] DecodeAll(ReadOnlySpan<byte> raw, int slots)
    {
        var texts = new DisplayText[slots];
        var position = 0;
        for (var slot = 0; slot < slots; slot++)
        {
            texts[slot] = new DisplayText(Read(raw, ref position), Read(raw, ref position), Read(raw, ref position), Read(raw, ref position));
        }

        return texts;
    }

    /// <summary>
    /// The display texts of the given slots (in the order given), decompressing a sealed block only as far as the
    /// last of them and decoding no other slot's strings.
    /// </summary>
    public static DisplayText[] Read(byte[] data, bool compressed, int rawLength, IReadOnlyList<int> slots)
    {
        var last = slots.Max();
        var starts = new int[last + 1];
        var raw = compressed ? ArrayPool<byte>.Shared.Rent(rawLength) : data;
        try
        {
            var available = compressed ? 0 : data.Length;
            var (position, slot, consumed) = (0, 0, 0);
            using var decoder = new BrotliDecoder();
            while (true)
            {
                while (slot <= last && TrySkip(raw.AsSpan(0, available), position, out var next))
                {
                    (starts[slot], position) = (position, next);
                    slot++;
                }

                if (slot > last)
                {
                    break;
                }

                if (!compressed || available == rawLength)
                {
                    throw new InvalidDataException("A display block holds fewer slots than its documents point at.");
                }

                var status = decoder.Decompress(data.AsSpan(consumed), raw.AsSpan(available, Math.Min(ReadChunk, rawLength - available)), out var read, out var written);
                (consumed, available) = (consumed + read, available + written);
                if (status == OperationStatus.InvalidData || (read == 0 && written == 0))
                {
                    throw new InvalidDataException("A display block does not decompress.");
                }
            }

            var texts = new DisplayText[slots.Count];
            for (var i = 0; i < slots.Count; i++)
            {
                var at = starts[slots[i]];
                texts[i] = new DisplayText(Read(raw, ref at), Read(raw, ref at), Read(raw, ref at), Read(raw, ref at));
            }

            return texts;
        }
        finally
        {
            if (compressed)
            {
                ArrayPool<byte>.Shared.Return(raw);
            }
        }
    }

    public static byte[] Compress(ReadOnlySpan<byte> raw)
    {
        var compressed = new byte[BrotliEncoder.GetMaxCompressedLength(raw.Length)];
        if (!BrotliEncoder.TryCompress(raw, compressed, out var written, Quality, Window))
        {
            throw new InvalidOperationException("A display block did not compress into its maximum compressed length.");
        }

        return compressed.AsSpan(0, written).ToArray();
    }

    public static byte[] Decompress(ReadOnlySpan<byte> compressed, int rawLength)
    {
        var raw = new byte[rawLength];
        if (!BrotliDecoder.TryDecompress(compressed, raw, out var written) || written != rawLength)
        {
            throw new InvalidDataException("A display block does not decompress to its recorded length.");
        }

        return raw;
    }

    // Header: 0 for null, else 1 + (byte length << 1 | 1 when the bytes are UTF-16).
    private static void Write(ArrayBufferWriter<byte> buffer, string? value)
    {
        if (value is null)
        {
            WriteVarint(buffer, 0);
            return;
        }

        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(value.Length));
        try
        {
            if (Utf8.FromUtf16(value, rented, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
            {
                WriteVarint(buffer, 1 + ((ulong)written << 1));
                buffer.Write(rented.AsSpan(0, written));
                return;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        var bytes = MemoryMarshal.AsBytes(value.AsSpan());
        WriteVarint(buffer, 1 + (((ulong)bytes.Length << 1) | 1));
        buffer.Write(bytes);
    }

    private static void WriteVarint(ArrayBufferWriter<byte> buffer, ulong value)
    {
        var span = buffer.GetSpan(10);
        var count = 0;
        while (value >= 0x80)
        {
            span[count++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[count++] = (byte)value;
        buffer.Advance(count);
    }

    /// <summary>Whether a whole slot (its four strings) starts at <paramref name="position"/>; <paramref name="next"/> is where the next starts.</summary>
    private static bool TrySkip(ReadOnlySpan<byte> raw, int position, out int next)
    {
        next = position;
        for (var field = 0; field < 4; field++)
        {
            if (!TryReadVarint(raw, ref next, out var header))
            {
                return false;
            }

            next += header == 0 ? 0 : (int)((header - 1) >> 1);
            if (next > raw.Length)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads the varint at <paramref name="position"/> and moves past it; false when the bytes end inside it.</summary>
    private static bool TryReadVarint(ReadOnlySpan<byte> raw, ref int position, out ulong value)
    {
        value = 0;
        var shift = 0;
        byte b;
        do
        {
            if (position >= raw.Length)
            {
                return false;
            }

            b = raw[position++];
            value |= (ulong)(b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);

        return true;
    }

    private static string? Read(ReadOnlySpan<byte> raw, ref int position)
    {
        if (!TryReadVarint(raw, ref position, out var header))
        {
            throw new InvalidDataException("A display block ends inside a string's header.");
        }

        if (header == 0)
        {
            return null;
        }

        var length = (int)((header - 1) >> 1);
        var bytes = raw.Slice(position, length);
        position += length;
        return ((header - 1) & 1) == 0
            ? Encoding.UTF8.GetString(bytes)
            : new string(MemoryMarshal.Cast<byte, char>(bytes));
    }
}
