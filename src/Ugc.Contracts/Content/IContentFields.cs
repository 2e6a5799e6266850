using Ugc.Contracts.Queries;

namespace Ugc.Contracts.Content;

/// <summary>
/// What reads filter, sort, count and group a piece of content by, without its display text: a
/// <see cref="ContentDocument"/> has them all, and a product's read model holds only these in memory for most of its
/// documents (the display text compressed beside them).
/// </summary>
public interface IContentFields
{
    string Id { get; }

    ContentType Type { get; }

    string ClientId { get; }

    string SourceClient { get; }

    string ProductId { get; }

    string? QuestionId { get; }

    string? ReviewId { get; }

    string AuthorId { get; }

    string? UserLocation { get; }

    string? ContentLocale { get; }

    string? CampaignId { get; }

    string? CategoryId { get; }

    DateTimeOffset SubmissionTime { get; }

    DateTimeOffset LastModificationTime { get; }

    DateTimeOffset? LastModeratedTime { get; }

    int? Rating { get; }

    bool? IsRecommended { get; }

    bool IsFeatured { get; }

    bool IsSyndicated { get; }

    int PositiveFeedback { get; }

    int NegativeFeedback { get; }

    bool IsIncentivized { get; }

    bool IsBrandAnswer { get; }

    bool IsBestAnswer { get; }

    IReadOnlyDictionary<string, int> SecondaryRatings { get; }

    IReadOnlyDictionary<string, string> ContextDataValues { get; }

    IReadOnlyDictionary<string, string> AdditionalFields { get; }

    IReadOnlyDictionary<string, IReadOnlyList<string>> Tags { get; }

    bool IsRatingsOnly { get; }

    int TotalFeedback { get; }

    double? Helpfulness { get; }

    bool HasPhotos { get; }
}
