using Ugc.Contracts.Queries;
using Ugc.Contracts.Submissions;

namespace Ugc.Contracts.Content;

/// <summary>Where syndicated content came from.</summary>
[GenerateSerializer, Immutable, Alias("ugc.syndication-source")]
public sealed record SyndicationSource(
    [property: Id(0)] string Name,
    [property: Id(1)] string? LogoImageUrl,
    [property: Id(2)] string? ContentLink);

/// <summary>A brand's public answer to a piece of content.</summary>
[GenerateSerializer, Immutable, Alias("ugc.client-response")]
public sealed record ClientResponse(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Department,
    [property: Id(2)] string Response,
    [property: Id(3)] string ResponseType,
    [property: Id(4)] DateTimeOffset Date);

/// <summary>
/// A published piece of content as reads see it: one flat shape for reviews, questions, answers and comments, held
/// by product grains and filtered, sorted and paged in memory. Never carries the author's e-mail.
/// </summary>
[GenerateSerializer, Immutable, Alias("ugc.content-document")]
public sealed record ContentDocument : IContentFields
{
    [Id(0)]
    public required string Id { get; init; }

    [Id(1)]
    public required ContentType Type { get; init; }

    /// <summary>The client whose product shows it (for syndicated copies, the retailer).</summary>
    [Id(2)]
    public required string ClientId { get; init; }

    /// <summary>The client that collected it.</summary>
    [Id(3)]
    public required string SourceClient { get; init; }

    [Id(4)]
    public required string ProductId { get; init; }

    [Id(5)]
    public string? QuestionId { get; init; }

    [Id(6)]
    public string? ReviewId { get; init; }

    [Id(7)]
    public required string AuthorId { get; init; }

    [Id(8)]
    public string? UserNickname { get; init; }

    [Id(9)]
    public string? UserLocation { get; init; }

    [Id(10)]
    public string? ContentLocale { get; init; }

    [Id(11)]
    public string? CampaignId { get; init; }

    [Id(12)]
    public required DateTimeOffset SubmissionTime { get; init; }

    [Id(13)]
    public DateTimeOffset LastModificationTime { get; init; }

    [Id(14)]
    public DateTimeOffset? LastModeratedTime { get; init; }

    [Id(15)]
    public int? Rating { get; init; }

    [Id(16)]
    public string? Title { get; init; }

    /// <summary>Review text, question summary, answer text or comment text.</summary>
    [Id(17)]
    public string? Text { get; init; }

    /// <summary>Question details.</summary>
    [Id(18)]
    public string? Details { get; init; }

    [Id(19)]
    public bool? IsRecommended { get; init; }

    [Id(20)]
    public bool IsFeatured { get; init; }

    [Id(21)]
    public bool IsSyndicated { get; init; }

    [Id(22)]
    public SyndicationSource? Syndication { get; init; }

    [Id(23)]
    public string? OriginalProductName { get; init; }

    [Id(24)]
    public string? CategoryId { get; init; }

    [Id(25)]
    public int PositiveFeedback { get; init; }

    [Id(26)]
    public int NegativeFeedback { get; init; }

    [Id(27)]
    public int InappropriateFeedback { get; init; }

    [Id(28)]
    public bool IsIncentivized { get; init; }

    [Id(29)]
    public bool IsBrandAnswer { get; init; }

    [Id(30)]
    public bool IsBestAnswer { get; init; }

    [Id(31)]
    public IReadOnlyDictionary<string, int> SecondaryRatings { get; init; } = new Dictionary<string, int>();

    [Id(32)]
    public IReadOnlyDictionary<string, string> ContextDataValues { get; init; } = new Dictionary<string, string>();

    [Id(33)]
    public IReadOnlyDictionary<string, string> AdditionalFields { get; init; } = new Dictionary<string, string>();

    [Id(34)]
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Tags { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    [Id(35)]
    public IReadOnlyList<PhotoSubmission> Photos { get; init; } = [];

    [Id(36)]
    public IReadOnlyList<ClientResponse> Responses { get; init; } = [];

    /// <summary>Text under 50 characters makes a ratings-only review.</summary>
    public bool IsRatingsOnly => Type == ContentType.Reviews && (Text?.Length ?? 0) < 50;

    public int TotalFeedback => PositiveFeedback + NegativeFeedback;

    /// <summary>Share of helpful votes, null with no votes.</summary>
    public double? Helpfulness => TotalFeedback == 0 ? null : (double)PositiveFeedback / TotalFeedback;

    public bool HasPhotos => Photos.Count > 0;
}
