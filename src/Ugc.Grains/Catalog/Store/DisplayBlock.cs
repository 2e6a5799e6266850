namespace Ugc.Grains.Catalog;

/// <summary>
/// The display texts of up to <see cref="ContentStore.SlotsPerBlock"/> documents, one slot each, in the order they
/// came: raw bytes while the block is open for new slots, Brotli-compressed once sealed. A replaced or removed
/// document leaves a dead slot behind; <see cref="ContentStore"/> rewrites a block once most of it is dead.
/// </summary>
[GenerateSerializer, Alias("ugc.state.display-block")]
public sealed class DisplayBlock
{
    /// <summary>The slots' bytes (<see cref="DisplayCodec"/>), compressed when <see cref="Compressed"/>.</summary>
    [Id(0)]
    public byte[] Data { get; set; } = [];

    [Id(1)]
    public bool Compressed { get; set; }

    /// <summary>Length of the slots' bytes before compression.</summary>
    [Id(2)]
    public int RawLength { get; set; }

    /// <summary>Slots written, live or dead.</summary>
    [Id(3)]
    public int Slots { get; set; }

    /// <summary>Slots a held document points to; counted when the store is loaded, so never stored.</summary>
    [field: NonSerialized]
    internal int Live { get; set; }

    /// <summary>Writes one more slot (the block must be open) and returns its number.</summary>
    public int Append(DisplayText display)
    {
        if (Compressed)
        {
            throw new InvalidOperationException("A sealed display block takes no more slots.");
        }

        var bytes = DisplayCodec.Encode(display);
        var data = new byte[Data.Length + bytes.Length];
        Data.CopyTo(data, 0);
        bytes.CopyTo(data, Data.Length);
        Data = data;
        RawLength = data.Length;
        Live++;
        return Slots++;
    }

    /// <summary>Compresses the slots; the block takes no more.</summary>
    public void Seal()
    {
        if (!Compressed)
        {
            Data = DisplayCodec.Compress(Data);
            Compressed = true;
        }
    }

    /// <summary>The display texts of the given slots, in the order given; reads no further into the block than the last.</summary>
    public DisplayText[] Read(IReadOnlyList<int> slots) => DisplayCodec.Read(Data, Compressed, RawLength, slots);

    /// <summary>Every slot's display text, live or dead.</summary>
    public DisplayText[] Texts() => DisplayCodec.DecodeAll(Compressed ? DisplayCodec.Decompress(Data, RawLength) : Data, Slots);
}
