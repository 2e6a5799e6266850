using System.Globalization;

namespace Ugc.Grains.Moderation;

/// <summary>
/// Runs a client's rule-based checks on a submission and returns the full trail in a fixed order:
/// required fields, lengths, banned terms, contact details, allowed topics. Every rule that applies
/// reports, passing or not, so moderators can see what was checked.
/// </summary>
public sealed class ModerationRules
{
    /// <summary>The rule name of required-field checks.</summary>
    public const string RequiredRule = "required";

    /// <summary>The rule name of length checks.</summary>
    public const string LengthRule = "length";

    /// <summary>The rule name of the banned-term check.</summary>
    public const string BannedTermsRule = "banned-terms";

    /// <summary>The rule name of the contact-details (solicitation) check.</summary>
    public const string ContactInfoRule = "contact-info";

    /// <summary>The rule name of the allowed-topics check.</summary>
    public const string TopicRule = "allowed-topics";

    private readonly ModerationProfile _profile;
    private readonly BannedTermMatcher _banned;
    private readonly BannedTermMatcher _topics;

    /// <summary>Compiles the profile's term lists once, for reuse across submissions.</summary>
    public ModerationRules(ModerationProfile profile)
    {
        _profile = profile;
        _banned = new BannedTermMatcher(profile.BannedTerms);
        _topics = new BannedTermMatcher(profile.AllowedTopics.SelectMany(t => t.Keywords));
    }

    /// <summary>The most severe outcome of a trail; <see cref="RuleOutcome.Pass"/> for an empty one.</summary>
    public static RuleOutcome Decide(IEnumerable<RuleVerdict> verdicts) =>
        verdicts.Select(v => v.Outcome).DefaultIfEmpty(RuleOutcome.Pass).Max();

    /// <summary>Evaluates every rule against <paramref name="submission"/>.</summary>
    public IReadOnlyList<RuleVerdict> Evaluate(ModerationSubmission submission)
    {
        var fields = new Dictionary<string, string?>(submission.Fields, StringComparer.OrdinalIgnoreCase);
        var verdicts = new List<RuleVerdict>();
        foreach (var rule in _profile.Fields.Where(r => r.Required))
        {
            verdicts.Add(CheckRequired(rule, fields));
        }

        foreach (var rule in _profile.Fields)
        {
            if (fields.TryGetValue(rule.Field, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                verdicts.Add(CheckLength(rule, value));
            }
        }

        var texts = fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => (f.Key, Text: f.Value!)).ToList();
        if (_banned.Count > 0)
        {
            verdicts.Add(CheckBannedTerms(texts));
        }

        verdicts.Add(CheckContactInfo(texts));
        if (_topics.Count > 0)
        {
            verdicts.Add(CheckTopics(texts));
        }

        return verdicts;
    }

    private static RuleVerdict CheckRequired(FieldRule rule, Dictionary<string, string?> fields) =>
        fields.TryGetValue(rule.Field, out var value) && !string.IsNullOrWhiteSpace(value)
            ? new RuleVerdict(RequiredRule, RuleOutcome.Pass, null, rule.Field, null)
            : new RuleVerdict(RequiredRule, RuleOutcome.Reject, ModerationReasonCodes.Required, rule.Field, $"{rule.Field} is required");

    private static RuleVerdict CheckLength(FieldRule rule, string value)
    {
        var length = new StringInfo(value.Trim()).LengthInTextElements;
        if (length < rule.MinLength)
        {
            return new RuleVerdict(LengthRule, RuleOutcome.Reject, ModerationReasonCodes.TooShort, rule.Field,
                $"{rule.Field} has {length} characters, at least {rule.MinLength} required");
        }

        return length > rule.MaxLength
            ? new RuleVerdict(LengthRule, RuleOutcome.Reject, ModerationReasonCodes.TooLong, rule.Field,
                $"{rule.Field} has {length} characters, at most {rule.MaxLength} allowed")
            : new RuleVerdict(LengthRule, RuleOutcome.Pass, null, rule.Field, null);
    }

    private RuleVerdict CheckBannedTerms(List<(string Field, string Text)> texts)
    {
        foreach (var (field, text) in texts)
        {
            var matches = _banned.FindMatches(text);
            if (matches.Count > 0)
            {
                return new RuleVerdict(BannedTermsRule, _profile.BannedTermOutcome, ModerationReasonCodes.Profanity, field,
                    "banned terms: " + string.Join(", ", matches));
            }
        }

        return new RuleVerdict(BannedTermsRule, RuleOutcome.Pass, null, null, null);
    }

    private RuleVerdict CheckContactInfo(List<(string Field, string Text)> texts)
    {
        foreach (var (field, text) in texts)
        {
            var findings = SolicitationDetector.Detect(text);
            if (findings.Count > 0)
            {
                var detail = string.Join(", ", findings.Select(f => $"{f.Kind.ToString().ToLowerInvariant()}{(f.Obfuscated ? " (disguised)" : "")}: {f.Value}"));

                // "Bought it on amazon.com" is how shoppers talk; a plain shop name alone earns a human look, not a rejection.
                var onlyPlainDomains = findings.All(f => f.Kind == SolicitationKind.Domain && !f.Obfuscated);
                var outcome = onlyPlainDomains && _profile.ContactInfoOutcome > RuleOutcome.Hold ? RuleOutcome.Hold : _profile.ContactInfoOutcome;
                return new RuleVerdict(ContactInfoRule, outcome, ModerationReasonCodes.Restricted, field, detail);
            }
        }

        return new RuleVerdict(ContactInfoRule, RuleOutcome.Pass, null, null, null);
    }

    private RuleVerdict CheckTopics(List<(string Field, string Text)> texts)
    {
        var hits = texts.SelectMany(t => _topics.FindMatches(t.Text)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var topics = _profile.AllowedTopics.Where(t => t.Keywords.Any(hits.Contains)).Select(t => t.Topic).ToList();
        return topics.Count > 0
            ? new RuleVerdict(TopicRule, RuleOutcome.Pass, null, null, "topics: " + string.Join(", ", topics))
            : new RuleVerdict(TopicRule, _profile.OffTopicOutcome, ModerationReasonCodes.Restricted, null, "no allowed topic mentioned");
    }
}
