namespace Ugc.Silo.Content;

/// <summary>A review comment in <c>reviewcomments.json</c>.</summary>
public sealed record CommentResult : ContentResultBase
{
    public string? ReviewId { get; init; }
    public string? Title { get; init; }
    public string? CommentText { get; init; }
}
