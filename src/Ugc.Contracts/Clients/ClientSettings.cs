namespace Ugc.Contracts.Clients;

/// <summary>A client as created and named.</summary>
public sealed record ClientProfile(string Id, string Name, ClientKind Kind, IReadOnlyList<string> Locales);

/// <summary>One model a client's content is scored by, and what its score decides.</summary>
/// <param name="ModelId">The model.</param>
/// <param name="RejectAbove">Scores at or above reject.</param>
/// <param name="HoldAbove">Scores at or above (and below reject) hold for humans.</param>
public sealed record ModelRoute(string ModelId, double RejectAbove = 0.97, double HoldAbove = 0.8);

/// <summary>A client's moderation profile.</summary>
/// <param name="BannedTerms">Words and phrases that reject content (matched on word boundaries, obfuscation undone).</param>
/// <param name="AllowedTopics">Keywords of which content must mention at least one; empty for no topic check.</param>
/// <param name="Models">Models to run, in order.</param>
/// <param name="HumanSampleRate">Share of auto-decided content also sent to humans to measure quality (not delaying it).</param>
/// <param name="AutoApprove">Whether content no rule or model flags is approved at once (else held).</param>
/// <param name="InappropriateReportsToRequeue">Reports that send published content back to humans.</param>
public sealed record ModerationSettings(
    IReadOnlyList<string> BannedTerms,
    IReadOnlyList<string> AllowedTopics,
    IReadOnlyList<ModelRoute> Models,
    double HumanSampleRate = 0.02,
    bool AutoApprove = true,
    int InappropriateReportsToRequeue = 3)
{
    public static ModerationSettings Default { get; } = new([], [], [new("spam"), new("abuse"), new("offtopic", RejectAbove: 1.1, HoldAbove: 0.95)]);
}

/// <summary>Velocity limits of a client: how much, how fast, from one shopper, device, address or e-mail.</summary>
public sealed record VelocityLimits(
    int SubmissionsPerShopper = 5,
    int SubmissionsPerDevice = 5,
    int SubmissionsPerIp = 20,
    int SubmissionsPerEmail = 5,
    int WindowMinutes = 10,
    int ReviewsPerProductPerShopper = 1,
    int LowRatingBurst = 10,
    int BurstWindowMinutes = 60)
{
    public TimeSpan Window => TimeSpan.FromMinutes(WindowMinutes);

    public TimeSpan BurstWindow => TimeSpan.FromMinutes(BurstWindowMinutes);
}

/// <summary>A syndication edge: approved content of <paramref name="From"/> (a brand) appears at <paramref name="To"/> (a retailer).</summary>
/// <param name="From">The brand.</param>
/// <param name="To">The retailer.</param>
/// <param name="Locales">Only content in these locales; empty for all.</param>
/// <param name="Categories">Only products in these categories; empty for all.</param>
public sealed record SyndicationEdge(string From, string To, IReadOnlyList<string> Locales, IReadOnlyList<string> Categories)
{
    public bool Admits(string? locale, string? category) =>
        (Locales.Count == 0 || (locale is not null && Locales.Contains(locale, StringComparer.OrdinalIgnoreCase)))
        && (Categories.Count == 0 || (category is not null && Categories.Contains(category, StringComparer.Ordinal)));
}

/// <summary>Everything about a client an operator may see.</summary>
public sealed record ClientDetails(
    ClientProfile Profile,
    ModerationSettings Moderation,
    VelocityLimits Limits,
    IReadOnlyList<ApiKeyInfo> Keys,
    IReadOnlyList<SyndicationEdge> Outgoing,
    IReadOnlyList<SyndicationEdge> Incoming,
    int ProductCount,
    DateTimeOffset CreatedAt);

/// <summary>A partial update of a client.</summary>
public sealed record ClientUpdate(string? Name, IReadOnlyList<string>? Locales, VelocityLimits? Limits);
