namespace Ugc.Silo.Content;

/// <summary>A review in <c>reviews.json</c> and in <c>Includes.Reviews</c>.</summary>
public sealed record ReviewResult : ContentResultBase
{
    public int? Rating { get; init; }
    public int RatingRange { get; init; } = 5;
    public string? Title { get; init; }
    public string? ReviewText { get; init; }
    public string? Pros { get; init; }
    public string? Cons { get; init; }
    public bool? IsRecommended { get; init; }
    public bool IsRatingsOnly { get; init; }
    public string? OriginalProductName { get; init; }
    public int TotalCommentCount { get; init; }
    public IReadOnlyList<string> CommentIds { get; init; } = [];

    /// <summary>Always empty: who reported the content stays private; the count is in <c>TotalInappropriateFeedbackCount</c>.</summary>
    public IReadOnlyList<object> InappropriateFeedbackList { get; init; } = [];
    public IReadOnlyDictionary<string, SecondaryRatingResult> SecondaryRatings { get; init; } = new Dictionary<string, SecondaryRatingResult>();
    public IReadOnlyList<string> SecondaryRatingsOrder { get; init; } = [];
    public IReadOnlyDictionary<string, TagDimensionResult> TagDimensions { get; init; } = new Dictionary<string, TagDimensionResult>();
    public IReadOnlyList<string> TagDimensionsOrder { get; init; } = [];
}
