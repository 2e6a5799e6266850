using Ugc.Contracts.Clients;

namespace Ugc.Grains.Moderation;

/// <summary>A client's rule-based moderation settings (the model routing lives beside it, not here).</summary>
public sealed record ModerationProfile
{
    /// <summary>Words and phrases that must not appear in any field.</summary>
    [Id(0)]
    public IReadOnlyList<string> BannedTerms { get; init; } = [];

    /// <summary>What a banned term leads to.</summary>
    /// <value>The default is <see cref="RuleOutcome.Reject"/>.</value>
    [Id(1)]
    public RuleOutcome BannedTermOutcome { get; init; } = RuleOutcome.Reject;

    /// <summary>What an e-mail address, phone number, URL or domain in the text leads to.</summary>
    /// <value>The default is <see cref="RuleOutcome.Hold"/>: links are sometimes legitimate.</value>
    [Id(2)]
    public RuleOutcome ContactInfoOutcome { get; init; } = RuleOutcome.Hold;

    /// <summary>Optional topics; when any are set, a text must touch at least one of them.</summary>
    [Id(3)]
    public IReadOnlyList<TopicKeywords> AllowedTopics { get; init; } = [];

    /// <summary>What a text outside every allowed topic leads to.</summary>
    /// <value>The default is <see cref="RuleOutcome.Hold"/>.</value>
    [Id(4)]
    public RuleOutcome OffTopicOutcome { get; init; } = RuleOutcome.Hold;

    /// <summary>Presence and length limits per field.</summary>
    [Id(5)]
    public IReadOnlyList<FieldRule> Fields { get; init; } = [];

    /// <summary>
    /// The rules a client's settings imply for content: banned terms and contact details reject (a shopper's
    /// e-mail address or phone number is never published), text outside the allowed topics holds.
    /// </summary>
    public static ModerationProfile For(ModerationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new ModerationProfile
        {
            BannedTerms = settings.BannedTerms,
            BannedTermOutcome = RuleOutcome.Reject,
            ContactInfoOutcome = RuleOutcome.Reject,
            AllowedTopics = settings.AllowedTopics.Count == 0 ? [] : [new TopicKeywords("allowed", settings.AllowedTopics)],
            OffTopicOutcome = RuleOutcome.Hold,
        };
    }
}
