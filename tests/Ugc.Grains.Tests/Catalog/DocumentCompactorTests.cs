using System.Text.Json;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Grains.Catalog;

namespace Ugc.Grains.Tests.Catalog;

public sealed class DocumentCompactorTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Documents_compacted_by_one_compactor_share_repeated_values_and_empty_collections()
    {
        var compactor = new DocumentCompactor();

        var first = compactor.Compact(Review("r1"));
        var second = compactor.Compact(Review("r2"));

        Assert.Same(first.ClientId, second.ClientId);
        Assert.Same(first.ProductId, second.ProductId);
        Assert.Same(first.ContentLocale, second.ContentLocale);
        Assert.Same(first.UserLocation, second.UserLocation);
        Assert.Same(first.SecondaryRatings, second.SecondaryRatings);
        Assert.Same(first.Tags, second.Tags);
        Assert.Same(first.Photos, second.Photos);
        Assert.NotSame(first.Text, second.Text);
    }

    [Fact]
    public void A_compacted_document_reads_exactly_as_the_original()
    {
        var original = Review("r1") with
        {
            SecondaryRatings = new Dictionary<string, int> { ["Quality"] = 4 },
            Tags = new Dictionary<string, IReadOnlyList<string>> { ["Pros"] = ["light"] },
        };

        var compacted = new DocumentCompactor().Compact(original);

        Assert.Equal(JsonSerializer.Serialize(original), JsonSerializer.Serialize(compacted));
        Assert.Same(original.SecondaryRatings, compacted.SecondaryRatings);
    }

    [Fact]
    public void Compacting_a_map_keeps_every_document_under_its_id()
    {
        var documents = new Dictionary<string, ContentDocument>(StringComparer.Ordinal) { ["r1"] = Review("r1"), ["r2"] = Review("r2") };

        new DocumentCompactor().CompactAll(documents);

        Assert.Equal(["r1", "r2"], documents.Keys.Order(StringComparer.Ordinal));
        Assert.All(documents, d => Assert.Equal(d.Key, d.Value.Id));
        Assert.Same(documents["r1"].ClientId, documents["r2"].ClientId);
    }

    // Each value built anew, as deserialization gives every document its own copies.
    private static ContentDocument Review(string id) => new()
    {
        Id = id,
        Type = ContentType.Reviews,
        ClientId = new string("brand-1".AsSpan()),
        SourceClient = new string("brand-1".AsSpan()),
        ProductId = new string("p-1".AsSpan()),
        AuthorId = "author-" + id,
        UserLocation = new string("Denver, CO".AsSpan()),
        ContentLocale = new string("en_US".AsSpan()),
        SubmissionTime = Start,
        Rating = 4,
        Text = "Text of " + id,
    };
}
