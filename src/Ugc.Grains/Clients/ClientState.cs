using Ugc.Contracts.Clients;

namespace Ugc.Grains.Clients;

/// <summary>Persisted state of <see cref="ClientGrain"/>.</summary>
[GenerateSerializer, Alias("ugc.state.client-state")]
public sealed class ClientState
{
    [Id(0)]
    public ClientProfile? Profile { get; set; }

    [Id(1)]
    public DateTimeOffset CreatedAt { get; set; }

    [Id(2)]
    public ModerationSettings Moderation { get; set; } = ModerationSettings.Default;

    [Id(3)]
    public VelocityLimits Limits { get; set; } = new();

    [Id(4)]
    public List<StoredKey> Keys { get; set; } = [];

    [Id(5)]
    public List<SyndicationEdge> Outgoing { get; set; } = [];

    [Id(6)]
    public List<SyndicationEdge> Incoming { get; set; } = [];

    [Id(7)]
    public HashSet<string> ProductIds { get; set; } = [];

    // Id 8 held the daily activity counters, which moved to ClientActivityState: not to be reused.

    [Id(9)]
    public SubmissionSettings Submissions { get; set; } = SubmissionSettings.Default;

    [Id(10)]
    public Contracts.Solicitation.SolicitationSettings Solicitation { get; set; } = Contracts.Solicitation.SolicitationSettings.Default;
}

/// <summary>An API key as stored: its SHA-256 hash only.</summary>
[GenerateSerializer, Alias("ugc.state.stored-key")]
public sealed record StoredKey(
    [property: Id(0)] string Id,
    [property: Id(1)] string SecretHash,
    [property: Id(2)] IReadOnlyList<string> Scopes,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] DateTimeOffset? RevokedAt);
