using Ugc.Contracts.Moderation;

namespace Ugc.Grains.Moderation;

/// <summary>The persisted state of a <see cref="ModerationQueueGrain"/>.</summary>
[GenerateSerializer, Alias("ugc.state.moderation-queue-state")]
public sealed class ModerationQueueState
{
    /// <summary>Queued content, oldest first, one entry per content id.</summary>
    [Id(0)]
    public List<QueuedContent> Items { get; set; } = [];
}
