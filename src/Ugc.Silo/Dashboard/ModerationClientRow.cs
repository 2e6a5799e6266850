using Ugc.Contracts.Moderation;

namespace Ugc.Silo.Dashboard;

/// <summary>One client's human moderation queue: held and sampled counts, the oldest wait, the first items.</summary>
public sealed record ModerationClientRow(string ClientId, int Held, int Sampled, double OldestWaitingSeconds, IReadOnlyList<QueuedContent> Items);
