using Ugc.Contracts.Moderation;

namespace Ugc.Grains.Moderation;

/// <summary>One change to a human moderation queue: content queued (or re-queued), or content taken off it.</summary>
[GenerateSerializer, Immutable, Alias("ugc.state.queue-change")]
public sealed record QueueChange(
    [property: Id(0)] QueuedContent? Enqueued,
    [property: Id(1)] string? RemovedId)
{
    public static QueueChange Enqueue(QueuedContent item) => new(item, null);

    public static QueueChange Remove(string contentId) => new(null, contentId);
}
