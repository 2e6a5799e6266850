using Ugc.Contracts.Moderation;

namespace Ugc.Grains.Moderation;

/// <summary>The persisted state of a <see cref="ModerationQueueGrain"/>.</summary>
public sealed class ModerationQueueState
{
    /// <summary>Queued content, oldest first, one entry per content id.</summary>
    public List<QueuedContent> Items { get; set; } = [];
}
