namespace Ugc.Silo.Content;

/// <summary>A review comment in <c>reviewcomments.json</c>.</summary>
public sealed record CommentResult : ContentResultBase
{
    public string? ReviewId { get; init; }

    /// <summary>Null: comments are on reviews, never on stories.</summary>
    public string? StoryId { get; init; }
    public string? Title { get; init; }
    public string? CommentText { get; init; }
}
