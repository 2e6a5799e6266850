using System.Diagnostics.CodeAnalysis;
using Ugc.Contracts.Content;
using Ugc.Contracts.Submissions;

namespace Ugc.Grains.Catalog;

/// <summary>
/// Makes the documents one product activation holds share what they have in common. Deserialized from storage or a
/// stream, every document carries its own copy of the client, product, locale, location and category strings and its
/// own empty dictionaries and lists, about 700 bytes of a review's 1,700 when held in memory; after compaction those
/// are one instance per activation. Only values documents repeat are pooled (not titles or texts), so the pool stays
/// as small as the product's distinct locales and locations.
/// </summary>
public sealed class DocumentCompactor
{
    private static readonly IReadOnlyDictionary<string, int> s_noRatings = new Dictionary<string, int>();
    private static readonly IReadOnlyDictionary<string, string> s_noValues = new Dictionary<string, string>();
    private static readonly IReadOnlyDictionary<string, string> s_noFields = new Dictionary<string, string>();
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> s_noTags = new Dictionary<string, IReadOnlyList<string>>();

    private readonly HashSet<string> _pool = new(StringComparer.Ordinal);

    /// <summary>The document with its repeated values and empty collections shared.</summary>
    public ContentDocument Compact(ContentDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document with
        {
            ClientId = Pooled(document.ClientId),
            SourceClient = Pooled(document.SourceClient),
            ProductId = Pooled(document.ProductId),
            QuestionId = Pooled(document.QuestionId),
            ReviewId = Pooled(document.ReviewId),
            UserLocation = Pooled(document.UserLocation),
            ContentLocale = Pooled(document.ContentLocale),
            CampaignId = Pooled(document.CampaignId),
            OriginalProductName = Pooled(document.OriginalProductName),
            CategoryId = Pooled(document.CategoryId),
            SecondaryRatings = document.SecondaryRatings.Count == 0 ? s_noRatings : document.SecondaryRatings,
            ContextDataValues = document.ContextDataValues.Count == 0 ? s_noValues : document.ContextDataValues,
            AdditionalFields = document.AdditionalFields.Count == 0 ? s_noFields : document.AdditionalFields,
            Tags = document.Tags.Count == 0 ? s_noTags : document.Tags,
            Photos = document.Photos.Count == 0 ? Array.Empty<PhotoSubmission>() : document.Photos,
            Responses = document.Responses.Count == 0 ? Array.Empty<ClientResponse>() : document.Responses,
        };
    }

    /// <summary>Compacts every document of the map in place.</summary>
    public void CompactAll(Dictionary<string, ContentDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var id in documents.Keys.ToList())
        {
            documents[id] = Compact(documents[id]);
        }
    }

    [return: NotNullIfNotNull(nameof(value))]
    private string? Pooled(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (_pool.TryGetValue(value, out var shared))
        {
            return shared;
        }

        _pool.Add(value);
        return value;
    }
}
