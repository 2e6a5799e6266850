namespace Ugc.Silo.Content;

/// <summary>
/// An author in <c>authors.json</c> and <c>Includes.Authors</c>: public data only, never an e-mail or address.
/// Statistics are null unless asked for.
/// </summary>
public sealed record AuthorResult
{
    public required string Id { get; init; }
    public string? UserNickname { get; init; }
    public string? Location { get; init; }

    /// <summary>The same value as <see cref="Location"/>, under the name some SDKs read.</summary>
    public string? UserLocation { get; init; }
    public string? ContentLocale { get; init; }
    public string? SubmissionId { get; init; }
    public DateTimeOffset? SubmissionTime { get; init; }
    public DateTimeOffset? LastModificationTime { get; init; }
    public DateTimeOffset? LastModeratedTime { get; init; }
    public string ModerationStatus { get; init; } = "APPROVED";

    /// <summary><c>NONE</c>: the platform ranks no contributors.</summary>
    public string ContributorRank { get; init; } = "NONE";

    /// <summary>Empty: authors have no avatar.</summary>
    public IReadOnlyDictionary<string, string> Avatar { get; init; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, BadgeResult> Badges { get; init; } = new Dictionary<string, BadgeResult>();
    public IReadOnlyList<string> BadgesOrder { get; init; } = [];
    public IReadOnlyDictionary<string, ContextDataValueResult> ContextDataValues { get; init; } = new Dictionary<string, ContextDataValueResult>();
    public IReadOnlyList<string> ContextDataValuesOrder { get; init; } = [];
    public IReadOnlyDictionary<string, AdditionalFieldResult> AdditionalFields { get; init; } = new Dictionary<string, AdditionalFieldResult>();
    public IReadOnlyList<string> AdditionalFieldsOrder { get; init; } = [];
    public IReadOnlyDictionary<string, SecondaryRatingResult> SecondaryRatings { get; init; } = new Dictionary<string, SecondaryRatingResult>();
    public IReadOnlyList<string> SecondaryRatingsOrder { get; init; } = [];
    public IReadOnlyDictionary<string, TagDimensionResult> TagDimensions { get; init; } = new Dictionary<string, TagDimensionResult>();
    public IReadOnlyList<string> TagDimensionsOrder { get; init; } = [];
    public IReadOnlyList<PhotoResult> Photos { get; init; } = [];
    public IReadOnlyList<object> Videos { get; init; } = [];
    public SyndicationSourceResult? SyndicationSource { get; init; }
    public IReadOnlyList<string> ProductRecommendationIds { get; init; } = [];
    public IReadOnlyList<string> ThirdPartyIds { get; init; } = [];
    public IReadOnlyList<string> ReviewIds { get; init; } = [];
    public IReadOnlyList<string> QuestionIds { get; init; } = [];
    public IReadOnlyList<string> AnswerIds { get; init; } = [];
    public IReadOnlyList<string> CommentIds { get; init; } = [];
    public IReadOnlyList<string> StoryIds { get; init; } = [];
    public int TotalReviewCount { get; init; }
    public int TotalQuestionCount { get; init; }
    public int TotalAnswerCount { get; init; }
    public int TotalCommentCount { get; init; }
    public ReviewStatisticsResult? ReviewStatistics { get; init; }
    public ReviewStatisticsResult? FilteredReviewStatistics { get; init; }
    public QaStatisticsResult? QAStatistics { get; init; }
}
