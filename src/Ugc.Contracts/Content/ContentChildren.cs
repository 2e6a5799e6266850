namespace Ugc.Contracts.Content;

/// <summary>
/// The published children of a review (its comments) or of a question (its answers), as the product's read model holds
/// them: what the <c>TotalCommentCount</c>, <c>HasAnswers</c>, <c>HasBestAnswer</c>, <c>TotalAnswerCount</c> and
/// <c>LastApprovedAnswerSubmissionTime</c> query fields read.
/// </summary>
/// <param name="Count">Published children.</param>
/// <param name="BestCount">Children marked best answer.</param>
/// <param name="LastSubmissionTime">Submission time of the newest published child, if any.</param>
[GenerateSerializer, Immutable, Alias("ugc.content-children")]
public sealed record ContentChildren(
    [property: Id(0)] int Count,
    [property: Id(1)] int BestCount,
    [property: Id(2)] DateTimeOffset? LastSubmissionTime)
{
    public static ContentChildren None { get; } = new(0, 0, null);
}
