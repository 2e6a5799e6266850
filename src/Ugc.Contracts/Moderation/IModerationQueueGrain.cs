namespace Ugc.Contracts.Moderation;

/// <summary>Content waiting for (or sampled for) a human.</summary>
/// <param name="ContentId">The content.</param>
/// <param name="ProductId">Its product.</param>
/// <param name="Reason">Why it is here (a rule, a model, a report, a sample).</param>
/// <param name="Sampled">True for quality samples already published; false for held content.</param>
/// <param name="QueuedAt">When it arrived.</param>
/// <param name="Excerpt">The start of its text.</param>
[GenerateSerializer, Immutable, Alias("ugc.queued-content")]
public sealed record QueuedContent(
    [property: Id(0)] string ContentId,
    [property: Id(1)] string ProductId,
    [property: Id(2)] string Reason,
    [property: Id(3)] bool Sampled,
    [property: Id(4)] DateTimeOffset QueuedAt,
    [property: Id(5)] string? Excerpt);

/// <summary>The human moderation queue of one client. Key: client id.</summary>
[Alias("ugc.IModerationQueueGrain")]
public interface IModerationQueueGrain : IGrainWithStringKey
{
    [Alias("Enqueue")]
    Task EnqueueAsync(QueuedContent item);

    [Alias("Remove")]
    Task RemoveAsync(string contentId);

    /// <summary>The queue, oldest first.</summary>
    [ReadOnly]
    [Alias("Get")]
    Task<IReadOnlyList<QueuedContent>> GetAsync();
}
