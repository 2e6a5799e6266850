using Ugc.Contracts.Content;
using Ugc.Contracts.Submissions;

namespace Ugc.Grains.Catalog;

/// <summary>
/// The members most documents leave empty (parent ids, campaign, secondary ratings, context values, additional
/// fields, tags, photos, client responses); a document with none of them holds <see cref="None"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("ugc.state.content-extras")]
public sealed record ContentExtras(
    [property: Id(0)] string? QuestionId,
    [property: Id(1)] string? ReviewId,
    [property: Id(2)] string? CampaignId,
    [property: Id(3)] IReadOnlyDictionary<string, int> SecondaryRatings,
    [property: Id(4)] IReadOnlyDictionary<string, string> ContextDataValues,
    [property: Id(5)] IReadOnlyDictionary<string, string> AdditionalFields,
    [property: Id(6)] IReadOnlyDictionary<string, IReadOnlyList<string>> Tags,
    [property: Id(7)] IReadOnlyList<PhotoSubmission> Photos,
    [property: Id(8)] IReadOnlyList<ClientResponse> Responses)
{
    /// <summary>Nothing rare: the one instance documents without extras share.</summary>
    public static ContentExtras None { get; } = new(null, null, null, new Dictionary<string, int>(), new Dictionary<string, string>(),
        new Dictionary<string, string>(), new Dictionary<string, IReadOnlyList<string>>(), [], []);

    /// <summary>Whether every member is empty.</summary>
    public bool IsEmpty => QuestionId is null && ReviewId is null && CampaignId is null && SecondaryRatings.Count == 0 && ContextDataValues.Count == 0
        && AdditionalFields.Count == 0 && Tags.Count == 0 && Photos.Count == 0 && Responses.Count == 0;

    /// <summary>The document's extras, <see cref="None"/> when it has none.</summary>
    public static ContentExtras Of(ContentDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var extras = new ContentExtras(document.QuestionId, document.ReviewId, document.CampaignId, document.SecondaryRatings, document.ContextDataValues,
            document.AdditionalFields, document.Tags, document.Photos, document.Responses);
        return extras.IsEmpty ? None : extras;
    }
}
