namespace Ugc.Contracts.Moderation;

/// <summary>Content waiting for (or sampled for) a human.</summary>
/// <param name="ContentId">The content.</param>
/// <param name="ProductId">Its product.</param>
/// <param name="Reason">Why it is here (a rule, a model, a report, a sample).</param>
/// <param name="Sampled">True for quality samples already published; false for held content.</param>
/// <param name="QueuedAt">When it arrived.</param>
/// <param name="Excerpt">The start of its text.</param>
public sealed record QueuedContent(string ContentId, string ProductId, string Reason, bool Sampled, DateTimeOffset QueuedAt, string? Excerpt);

/// <summary>The human moderation queue of one client. Key: client id.</summary>
public interface IModerationQueueGrain : IGrainWithStringKey
{
    Task EnqueueAsync(QueuedContent item);

    Task RemoveAsync(string contentId);

    /// <summary>The queue, oldest first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<QueuedContent>> GetAsync();
}
