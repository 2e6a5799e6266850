namespace Ugc.Contracts.Content;

/// <summary>
/// One review, question, answer or comment: its fields, status and moderation trail, feedback and responses. It
/// moderates its own submission, handed to it by the dispatcher of the <c>submissions</c> stream. Key: content id.
/// </summary>
[Alias("ugc.IContentGrain")]
public interface IContentGrain : IGrainWithStringKey
{
    /// <summary>The content with its trail, or null when nothing was submitted under this id.</summary>
    [ReadOnly]
    [Alias("Get")]
    Task<ContentDetails?> GetAsync();

    /// <summary>The content for its author, pending or not, when the token matches; else null.</summary>
    [ReadOnly]
    [Alias("GetForAuthor")]
    Task<ContentDocument?> GetForAuthorAsync(string authorToken);

    /// <summary>Moderates the acknowledged submission of this content id; a submission seen before is ignored (redelivery).</summary>
    [Alias("Moderate")]
    Task ModerateAsync(ContentSubmission submission);

    /// <summary>A human decision on held (or published) content; becomes a label for the models.</summary>
    [Alias("Decide")]
    Task<ContentDetails> DecideAsync(HumanDecision decision);

    /// <summary>A helpfulness vote (one per user) or an inappropriate report.</summary>
    [Alias("AddFeedback")]
    Task<ContentDetails> AddFeedbackAsync(FeedbackVoteRequest feedback);

    /// <summary>A brand's public response.</summary>
    [Alias("AddResponse")]
    Task<ContentDetails> AddResponseAsync(ClientResponse response);

    /// <summary>Removes the content everywhere (erasure or takedown).</summary>
    [Alias("Remove")]
    Task RemoveAsync(string reason);
}
