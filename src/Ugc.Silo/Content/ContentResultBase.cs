namespace Ugc.Silo.Content;

/// <summary>
/// The fields every piece of shopper content shows in the content API (never the author's e-mail or address). Each
/// result type's properties are its complete field list: every one is written, null or empty when there is no value.
/// </summary>
// Results are declared as the base type; each is written with its own fields (serialization-only polymorphism).
[System.Text.Json.Serialization.JsonDerivedType(typeof(ReviewResult))]
[System.Text.Json.Serialization.JsonDerivedType(typeof(QuestionResult))]
[System.Text.Json.Serialization.JsonDerivedType(typeof(AnswerResult))]
[System.Text.Json.Serialization.JsonDerivedType(typeof(CommentResult))]
public abstract record ContentResultBase
{
    public required string Id { get; init; }
    public required string CID { get; init; }
    public required string SourceClient { get; init; }
    public required string ProductId { get; init; }
    public required string AuthorId { get; init; }
    public string? UserNickname { get; init; }
    public string? UserLocation { get; init; }
    public string? ContentLocale { get; init; }
    public string? CampaignId { get; init; }
    public string? SubmissionId { get; init; }
    public DateTimeOffset SubmissionTime { get; init; }
    public DateTimeOffset LastModificationTime { get; init; }
    public DateTimeOffset? LastModeratedTime { get; init; }
    public string ModerationStatus { get; init; } = "APPROVED";
    public bool IsFeatured { get; init; }
    public bool IsSyndicated { get; init; }
    public SyndicationSourceResult? SyndicationSource { get; init; }
    public double? Helpfulness { get; init; }
    public int TotalFeedbackCount { get; init; }
    public int TotalPositiveFeedbackCount { get; init; }
    public int TotalNegativeFeedbackCount { get; init; }
    public int TotalInappropriateFeedbackCount { get; init; }
    public int TotalClientResponseCount { get; init; }
    public IReadOnlyList<ClientResponseResult> ClientResponses { get; init; } = [];
    public IReadOnlyDictionary<string, BadgeResult> Badges { get; init; } = new Dictionary<string, BadgeResult>();
    public IReadOnlyList<string> BadgesOrder { get; init; } = [];
    public IReadOnlyDictionary<string, ContextDataValueResult> ContextDataValues { get; init; } = new Dictionary<string, ContextDataValueResult>();
    public IReadOnlyList<string> ContextDataValuesOrder { get; init; } = [];
    public IReadOnlyDictionary<string, AdditionalFieldResult> AdditionalFields { get; init; } = new Dictionary<string, AdditionalFieldResult>();
    public IReadOnlyList<string> AdditionalFieldsOrder { get; init; } = [];
    public IReadOnlyList<PhotoResult> Photos { get; init; } = [];

    /// <summary>Always empty: the platform takes no videos.</summary>
    public IReadOnlyList<object> Videos { get; init; } = [];

    /// <summary>Always empty: products recommended by the author are not collected.</summary>
    public IReadOnlyList<string> ProductRecommendationIds { get; init; } = [];
}
