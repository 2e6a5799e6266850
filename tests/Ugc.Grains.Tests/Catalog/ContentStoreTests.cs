using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Grains.Catalog;
using Ugc.Grains.Classification;
using Ugc.Grains.Queries;

namespace Ugc.Grains.Tests.Catalog;

public sealed class ContentStoreTests
{
    private static readonly Lazy<Serializer> Serializer = new(() => new ServiceCollection()
        .AddSerializer(s => s.AddAssembly(typeof(ContentDocument).Assembly).AddAssembly(typeof(ContentStore).Assembly))
        .BuildServiceProvider().GetRequiredService<Serializer>());

    [Fact]
    public void Every_document_reads_back_exactly_as_given_before_and_after_storage()
    {
        var documents = VariedDocuments.Create(new SplitMix64(11), 700);
        var store = ContentStore.Of(documents);

        AssertHolds(store, documents);
        Assert.Contains(store.Blocks.Values, b => b.Compressed);
        AssertHolds(Stored(store), documents);
    }

    [Fact]
    public void Documents_read_back_in_the_order_asked_for()
    {
        var documents = VariedDocuments.Create(new SplitMix64(12), 300);
        var store = ContentStore.Of(documents);
        var order = store.Entries.Values.OrderByDescending(e => e.SubmissionTime).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();

        Assert.Equal(order.Select(e => Json(documents.Single(d => d.Id == e.Id))), store.Documents(order).Select(Json));
    }

    [Fact]
    public void Every_query_field_reads_the_held_entry_as_it_reads_the_full_document()
    {
        var documents = VariedDocuments.Create(new SplitMix64(13), 400);
        var store = Stored(ContentStore.Of(documents));
        foreach (var document in documents)
        {
            var schema = QueryFields.Content(document.Type);
            var (full, held) = (new ContentItem(document, ContentChildren.None), new ContentItem(store.Entries[document.Id], ContentChildren.None));
            var names = schema.Fields.Select(f => f.Name).Concat(["ContextDataValue_Age", "SecondaryRating_quality", "AdditionalField_Store"]);
            foreach (var name in names)
            {
                var read = schema.Reader(name).Read;
                Assert.True(Equals(read(full), read(held)), $"{name} of {document.Id} reads {read(full)} from the document, {read(held)} held.");
            }
        }
    }

    [Fact]
    public void A_change_of_counts_keeps_the_texts_slot_and_a_change_of_text_takes_a_new_one()
    {
        var documents = VariedDocuments.Create(new SplitMix64(14), 200);
        var store = ContentStore.Of(documents);
        var target = documents[10];
        var (block, slot) = (store.Entries[target.Id].Block, store.Entries[target.Id].Slot);

        var voted = target with { PositiveFeedback = target.PositiveFeedback + 1 };
        Assert.False(store.Upsert(voted));
        Assert.Equal((block, slot), (store.Entries[target.Id].Block, store.Entries[target.Id].Slot));
        Assert.Equal(Json(voted), Json(store.Get(target.Id)!));

        var edited = voted with { Text = "Rewritten after a month of use, still quiet." };
        Assert.False(store.Upsert(edited));
        Assert.NotEqual((block, slot), (store.Entries[target.Id].Block, store.Entries[target.Id].Slot));
        Assert.Equal(Json(edited), Json(store.Get(target.Id)!));
        documents[10] = edited;
        AssertHolds(Stored(store), documents);
    }

    [Fact]
    public void Edits_and_removals_reclaim_dead_texts_and_leave_every_held_document_intact()
    {
        var random = new SplitMix64(15);
        var documents = VariedDocuments.Create(random, 640).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var store = ContentStore.Of(documents.Values);
        for (var i = 0; i < 3000; i++)
        {
            var id = documents.Keys.ElementAt(random.Next(documents.Count));
            if (random.Chance(0.2) && documents.Count > 50)
            {
                Assert.True(store.Remove(id));
                documents.Remove(id);
            }
            else
            {
                documents[id] = documents[id] with { Title = $"edit {i}" };
                store.Upsert(documents[id]);
            }
        }

        // Sealed blocks stay more than half live, so the texts held are at most twice the live ones and the open block.
        Assert.True(store.Blocks.Values.Sum(b => b.Slots) <= (2 * store.Entries.Count) + ContentStore.SlotsPerBlock,
            $"{store.Blocks.Values.Sum(b => b.Slots)} slots for {store.Entries.Count} documents");
        Assert.False(store.Remove("not-held"));
        AssertHolds(store, documents.Values);
        AssertHolds(Stored(store), documents.Values);
    }

    [Fact]
    public void Long_texts_seal_a_block_before_it_has_all_its_slots()
    {
        var random = new SplitMix64(16);
        var documents = Enumerable.Range(0, 12).Select(i => VariedDocuments.One(random, $"long-{i}") with { Text = VariedDocuments.Text(random, 2_500) }).ToList();
        var store = ContentStore.Of(documents);

        Assert.Contains(store.Blocks.Values, b => b.Compressed && b.Slots < ContentStore.SlotsPerBlock);
        AssertHolds(store, documents);
    }

    [Fact]
    public void Search_matches_the_documents_whose_title_text_or_details_hold_every_term()
    {
        var documents = VariedDocuments.Create(new SplitMix64(17), 500);
        var store = ContentStore.Of(documents);
        foreach (var terms in new[] { ["QUALITY"], ["größe", "fit"], ["靴"], ["surrogate"], new[] { "nothing-like-this" } })
        {
            var matches = store.TextMatcher(terms);
            Assert.Equal(documents.Where(d => DisplayText.Of(d).Contains(terms)).Select(d => d.Id),
                documents.Where(d => matches(store.Entries[d.Id])).Select(d => d.Id));
        }
    }

    [Fact]
    public void A_loaded_store_shares_origins_and_repeated_values_across_documents()
    {
        var documents = VariedDocuments.Create(new SplitMix64(18), 300);
        var store = Stored(ContentStore.Of(documents));
        store.Compact();

        Assert.True(store.Entries.Values.Select(e => e.Origin).Distinct(ReferenceEqualityComparer.Instance).Count() <= 3 * 2 * 2 * 2);
        Assert.Single(store.Entries.Values.Where(e => e.ContentLocale == "en_US").Select(e => e.ContentLocale).Distinct(ReferenceEqualityComparer.Instance));
        Assert.All(documents, d => Assert.Equal(ReferenceEquals(ContentExtras.Of(d), ContentExtras.None), store.Entries[d.Id].Extras is null));
    }

    /// <summary>The store after a trip through storage and an activation's compaction.</summary>
    private static ContentStore Stored(ContentStore store)
    {
        var copy = Serializer.Value.Deserialize<ContentStore>(Serializer.Value.SerializeToArray(store)) ?? throw new InvalidOperationException("The store did not read back.");
        copy.Compact();
        return copy;
    }

    private static void AssertHolds(ContentStore store, IEnumerable<ContentDocument> documents)
    {
        var expected = documents.ToList();
        Assert.Equal(expected.Count, store.Entries.Count);
        foreach (var document in expected)
        {
            var held = store.Get(document.Id) ?? throw new InvalidOperationException($"{document.Id} is not held.");
            Assert.Equal(Json(document), Json(held));
            // JSON would hide a lone surrogate turned into a replacement character.
            Assert.Equal(DisplayText.Of(document), DisplayText.Of(held));
        }

        Assert.Equal(expected.Select(Json).Order(StringComparer.Ordinal), store.Documents([.. store.Items]).Select(Json).Order(StringComparer.Ordinal));
    }

    private static string Json(ContentDocument document) => JsonSerializer.Serialize(document);
}
