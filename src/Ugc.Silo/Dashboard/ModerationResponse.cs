using Ugc.Contracts.Moderation;

namespace Ugc.Silo.Dashboard;

/// <summary>The Moderation page: queues per client and the models' versions and quality.</summary>
public sealed record ModerationResponse(IReadOnlyList<ModerationClientRow> Clients, IReadOnlyList<ModelInfo> Models);
