namespace Ugc.Contracts.Content;

/// <summary>
/// One review, question, answer or comment: its fields, status and moderation trail, feedback and responses. It
/// moderates its own submission (implicit consumer of the <c>submissions</c> stream). Key: content id.
/// </summary>
public interface IContentGrain : IGrainWithStringKey
{
    /// <summary>The content with its trail, or null when nothing was submitted under this id.</summary>
    [ReadOnly]
    Task<ContentDetails?> GetAsync();

    /// <summary>The content for its author, pending or not, when the token matches; else null.</summary>
    [ReadOnly]
    Task<ContentDocument?> GetForAuthorAsync(string authorToken);

    /// <summary>A human decision on held (or published) content; becomes a label for the models.</summary>
    Task<ContentDetails> DecideAsync(HumanDecision decision);

    /// <summary>A helpfulness vote (one per user) or an inappropriate report.</summary>
    Task<ContentDetails> AddFeedbackAsync(FeedbackVoteRequest feedback);

    /// <summary>A brand's public response.</summary>
    Task<ContentDetails> AddResponseAsync(ClientResponse response);

    /// <summary>Removes the content everywhere (erasure or takedown).</summary>
    Task RemoveAsync(string reason);
}
