using Ugc.Contracts.Clients;

namespace Ugc.Grains.Clients;

/// <summary>Persisted state of <see cref="ClientGrain"/>.</summary>
public sealed class ClientState
{
    public ClientProfile? Profile { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public ModerationSettings Moderation { get; set; } = ModerationSettings.Default;

    public VelocityLimits Limits { get; set; } = new();

    public List<StoredKey> Keys { get; set; } = [];

    public List<SyndicationEdge> Outgoing { get; set; } = [];

    public List<SyndicationEdge> Incoming { get; set; } = [];

    public HashSet<string> ProductIds { get; set; } = [];

    /// <summary>Counter name -> day -> count, the last 90 days.</summary>
    public Dictionary<string, Dictionary<DateOnly, long>> Activity { get; set; } = [];
}

/// <summary>An API key as stored: its SHA-256 hash only.</summary>
public sealed record StoredKey(string Id, string SecretHash, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
