using System.Diagnostics.CodeAnalysis;
using Ugc.Contracts.Content;

namespace Ugc.Grains.Catalog;

/// <summary>
/// A product's published documents as it holds and stores them: one <see cref="ContentEntry"/> per document (what
/// queries read) and the display texts in <see cref="DisplayBlock"/>s of <see cref="SlotsPerBlock"/> documents,
/// compressed except the newest, open one. A document handed out is rebuilt from both; a change of counts keeps
/// the document's slot, a change of text writes a new one. Repeated values (origins, locales, locations) are one
/// instance per store. Not thread-safe: one grain activation owns it.
/// </summary>
[GenerateSerializer, Alias("ugc.state.content-store")]
public sealed class ContentStore : IContentSource
{
    /// <summary>Documents per display block: Brotli finds the repeats of review text within a few dozen reviews.</summary>
    public const int SlotsPerBlock = 64;

    /// <summary>Raw bytes that seal a block before it has all its slots (long texts).</summary>
    public const int MaxBlockBytes = 64 * 1024;

    [NonSerialized]
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    [NonSerialized]
    private readonly Dictionary<ContentOrigin, ContentOrigin> _origins = [];

    /// <summary>Published documents by id.</summary>
    [Id(0)]
    public Dictionary<string, ContentEntry> Entries { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Display blocks by number.</summary>
    [Id(1)]
    public Dictionary<int, DisplayBlock> Blocks { get; set; } = [];

    /// <summary>The block new slots go to, or -1 before there is one.</summary>
    [Id(2)]
    public int OpenBlock { get; set; } = -1;

    /// <summary>The number the next block gets.</summary>
    [Id(3)]
    public int NextBlock { get; set; }

    public IEnumerable<IContentFields> Items => Entries.Values;

    /// <summary>A store holding the documents, as a product stored before its texts were compressed loads into one.</summary>
    public static ContentStore Of(IEnumerable<ContentDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var store = new ContentStore();
        foreach (var document in documents)
        {
            store.Upsert(document);
        }

        return store;
    }

    /// <summary>After loading from storage: counts live slots, shares repeated values, drops spare capacity.</summary>
    public void Compact()
    {
        foreach (var block in Blocks.Values)
        {
            block.Live = 0;
        }

        foreach (var entry in Entries.Values)
        {
            Blocks[entry.Block].Live++;
            entry.Origin = Pooled(entry.Origin);
            entry.UserLocation = Pooled(entry.UserLocation);
            entry.ContentLocale = Pooled(entry.ContentLocale);
        }

        foreach (var number in Blocks.Where(b => b.Value.Live == 0).Select(b => b.Key).ToList())
        {
            Remove(number);
        }

        Entries.TrimExcess();
    }

    /// <summary>Adds or replaces the document; true when it was not held before.</summary>
    public bool Upsert(ContentDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var display = DisplayText.Of(document);
        var held = Entries.GetValueOrDefault(document.Id);
        if (held is not null && Text(held) == display)
        {
            Entries[document.Id] = Entry(document, held.Block, held.Slot);
            return false;
        }

        var (block, slot) = Append(display);
        Entries[document.Id] = Entry(document, block, slot);
        if (held is not null)
        {
            Release(held);
        }

        SealIfFull();
        return held is null;
    }

    /// <summary>Removes the document; false when it was not held.</summary>
    public bool Remove(string id)
    {
        if (!Entries.Remove(id, out var held))
        {
            return false;
        }

        Release(held);
        return true;
    }

    /// <summary>The full document, or null when it is not held.</summary>
    public ContentDocument? Get(string id) => Entries.TryGetValue(id, out var entry) ? entry.ToDocument(Text(entry)) : null;

    public IReadOnlyList<ContentDocument> Documents(IEnumerable<IContentFields> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var entries = items.Cast<ContentEntry>().ToList();
        var texts = new DisplayText[entries.Count];
        // Each block is read once, for all the documents in it.
        foreach (var block in Enumerable.Range(0, entries.Count).GroupBy(i => entries[i].Block))
        {
            var positions = block.ToList();
            var read = Blocks[block.Key].Read([.. positions.Select(i => (int)entries[i].Slot)]);
            for (var i = 0; i < positions.Count; i++)
            {
                texts[positions[i]] = read[i];
            }
        }

        return [.. entries.Select((e, i) => e.ToDocument(texts[i]))];
    }

    public Func<IContentFields, bool> TextMatcher(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var matches = new HashSet<(int Block, int Slot)>();
        foreach (var (number, block) in Blocks)
        {
            var texts = block.Texts();
            for (var slot = 0; slot < texts.Length; slot++)
            {
                if (texts[slot].Contains(terms))
                {
                    matches.Add((number, slot));
                }
            }
        }

        return item => item is ContentEntry entry && matches.Contains((entry.Block, entry.Slot));
    }

    private DisplayText Text(ContentEntry entry) => Blocks[entry.Block].Read([entry.Slot])[0];

    private ContentEntry Entry(ContentDocument document, int block, ushort slot)
    {
        var origin = Pooled(new ContentOrigin(document.ClientId, document.SourceClient, document.ProductId, document.CategoryId,
            document.OriginalProductName, document.IsSyndicated, document.Syndication));
        var extras = ContentExtras.Of(document);
        var entry = ContentEntry.Of(document, origin, ReferenceEquals(extras, ContentExtras.None) ? null : extras, block, slot);
        entry.UserLocation = Pooled(entry.UserLocation);
        entry.ContentLocale = Pooled(entry.ContentLocale);
        return entry;
    }

    private (int Block, ushort Slot) Append(DisplayText display)
    {
        if (OpenBlock < 0)
        {
            OpenBlock = NextBlock++;
            Blocks[OpenBlock] = new DisplayBlock();
        }

        return (OpenBlock, checked((ushort)Blocks[OpenBlock].Append(display)));
    }

    /// <summary>Seals the open block once full; one that is mostly dead slots is rewritten with its live ones instead.</summary>
    private void SealIfFull()
    {
        if (OpenBlock < 0 || Blocks[OpenBlock] is not { } open || (open.Slots < SlotsPerBlock && open.RawLength < MaxBlockBytes))
        {
            return;
        }

        if (open.Live * 2 > open.Slots)
        {
            open.Seal();
            OpenBlock = -1;
            return;
        }

        var number = OpenBlock;
        OpenBlock = -1;
        MoveLive(number, open);
    }

    /// <summary>A document no longer points at its slot: a block left mostly dead has its live slots moved to the open block.</summary>
    private void Release(ContentEntry held)
    {
        var block = Blocks[held.Block];
        block.Live--;
        if (block.Live == 0)
        {
            Remove(held.Block);
        }
        else if (held.Block != OpenBlock && block.Live * 2 <= block.Slots)
        {
            MoveLive(held.Block, block);
        }
    }

    private void MoveLive(int number, DisplayBlock block)
    {
        var texts = block.Texts();
        Blocks.Remove(number);
        foreach (var entry in Entries.Values.Where(e => e.Block == number).OrderBy(e => e.Slot).ToList())
        {
            (entry.Block, entry.Slot) = Append(texts[entry.Slot]);
            SealIfFull();
        }
    }

    private void Remove(int number)
    {
        Blocks.Remove(number);
        if (number == OpenBlock)
        {
            OpenBlock = -1;
        }
    }

    private ContentOrigin Pooled(ContentOrigin origin)
    {
        if (_origins.TryGetValue(origin, out var shared))
        {
            return shared;
        }

        origin = origin with { ClientId = Pooled(origin.ClientId), SourceClient = Pooled(origin.SourceClient), ProductId = Pooled(origin.ProductId),
            CategoryId = Pooled(origin.CategoryId), OriginalProductName = Pooled(origin.OriginalProductName) };
        _origins[origin] = origin;
        return origin;
    }

    [return: NotNullIfNotNull(nameof(value))]
    private string? Pooled(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (_strings.TryGetValue(value, out var shared))
        {
            return shared;
        }

        _strings.Add(value);
        return value;
    }
}
