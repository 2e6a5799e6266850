using Ugc.Contracts.Queries;
using Ugc.Contracts.Submissions;

namespace Ugc.Contracts.Content;

/// <summary>Where syndicated content came from.</summary>
public sealed record SyndicationSource(string Name, string? LogoImageUrl, string? ContentLink);

/// <summary>A brand's public answer to a piece of content.</summary>
public sealed record ClientResponse(string Name, string? Department, string Response, string ResponseType, DateTimeOffset Date);

/// <summary>
/// A published piece of content as reads see it: one flat shape for reviews, questions, answers and comments, held
/// by product grains and filtered, sorted and paged in memory. Never carries the author's e-mail.
/// </summary>
public sealed record ContentDocument
{
    public required string Id { get; init; }

    public required ContentType Type { get; init; }

    /// <summary>The client whose product shows it (for syndicated copies, the retailer).</summary>
    public required string ClientId { get; init; }

    /// <summary>The client that collected it.</summary>
    public required string SourceClient { get; init; }

    public required string ProductId { get; init; }

    public string? QuestionId { get; init; }

    public string? ReviewId { get; init; }

    public required string AuthorId { get; init; }

    public string? UserNickname { get; init; }

    public string? UserLocation { get; init; }

    public string? ContentLocale { get; init; }

    public string? CampaignId { get; init; }

    public required DateTimeOffset SubmissionTime { get; init; }

    public DateTimeOffset LastModificationTime { get; init; }

    public DateTimeOffset? LastModeratedTime { get; init; }

    public int? Rating { get; init; }

    public string? Title { get; init; }

    /// <summary>Review text, question summary, answer text or comment text.</summary>
    public string? Text { get; init; }

    /// <summary>Question details.</summary>
    public string? Details { get; init; }

    public bool? IsRecommended { get; init; }

    public bool IsFeatured { get; init; }

    public bool IsSyndicated { get; init; }

    public SyndicationSource? Syndication { get; init; }

    public string? OriginalProductName { get; init; }

    public string? CategoryId { get; init; }

    public int PositiveFeedback { get; init; }

    public int NegativeFeedback { get; init; }

    public int InappropriateFeedback { get; init; }

    public bool IsIncentivized { get; init; }

    public bool IsBrandAnswer { get; init; }

    public bool IsBestAnswer { get; init; }

    public IReadOnlyDictionary<string, int> SecondaryRatings { get; init; } = new Dictionary<string, int>();

    public IReadOnlyDictionary<string, string> ContextDataValues { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> AdditionalFields { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Tags { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<PhotoSubmission> Photos { get; init; } = [];

    public IReadOnlyList<ClientResponse> Responses { get; init; } = [];

    /// <summary>Text under 50 characters makes a ratings-only review.</summary>
    public bool IsRatingsOnly => Type == ContentType.Reviews && (Text?.Length ?? 0) < 50;

    public int TotalFeedback => PositiveFeedback + NegativeFeedback;

    /// <summary>Share of helpful votes, null with no votes.</summary>
    public double? Helpfulness => TotalFeedback == 0 ? null : (double)PositiveFeedback / TotalFeedback;

    public bool HasPhotos => Photos.Count > 0;
}
