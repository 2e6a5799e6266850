using Ugc.Grains.Moderation;

namespace Ugc.Grains.Tests.Moderation;

public class ModerationRulesTests
{
    private static readonly ModerationProfile Profile = new()
    {
        BannedTerms = ["idiot", "crap"],
        Fields = [new FieldRule("ReviewText", Required: true, MinLength: 20, MaxLength: 200), new FieldRule("Title", MaxLength: 20)],
    };

    private static ModerationSubmission Submission(string? text, string? title = null) =>
        new(new Dictionary<string, string?> { ["reviewtext"] = text, ["Title"] = title });

    [Fact]
    public void Clean_submission_passes_every_rule()
    {
        var verdicts = new ModerationRules(Profile).Evaluate(Submission("The blender is quiet and crushes ice well.", "Quiet"));
        Assert.Equal(["required", "length", "length", "banned-terms", "contact-info"], verdicts.Select(v => v.Rule));
        Assert.All(verdicts, v => Assert.Equal(RuleOutcome.Pass, v.Outcome));
        Assert.Equal(RuleOutcome.Pass, ModerationRules.Decide(verdicts));
    }

    [Fact]
    public void Missing_required_field_is_rejected()
    {
        var verdicts = new ModerationRules(Profile).Evaluate(Submission("   "));
        var required = verdicts.First();
        Assert.Equal((RuleOutcome.Reject, ModerationReasonCodes.Required, "ReviewText"), (required.Outcome, required.ReasonCode, required.Field));
        Assert.Equal(RuleOutcome.Reject, ModerationRules.Decide(verdicts));
    }

    [Fact]
    public void Lengths_are_checked_per_field()
    {
        var verdicts = new ModerationRules(Profile).Evaluate(Submission("Too short.", "A title far too long for the limit"));
        var codes = verdicts.Where(v => v.Rule == "length").Select(v => (v.Field, v.ReasonCode));
        Assert.Equal([("ReviewText", ModerationReasonCodes.TooShort), ("Title", ModerationReasonCodes.TooLong)], codes);
    }

    [Fact]
    public void Banned_terms_reject_with_profanity_code()
    {
        var verdict = new ModerationRules(Profile).Evaluate(Submission("Whoever designed this is an 1d10t, honestly."))
            .Single(v => v.Rule == "banned-terms");
        Assert.Equal((RuleOutcome.Reject, ModerationReasonCodes.Profanity), (verdict.Outcome, verdict.ReasonCode));
        Assert.Contains("idiot", verdict.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Contact_details_hold_with_restricted_code()
    {
        var verdicts = new ModerationRules(Profile).Evaluate(Submission("Great deal, email me at bob99 at gmail dot com"));
        var verdict = verdicts.Single(v => v.Rule == "contact-info");
        Assert.Equal((RuleOutcome.Hold, ModerationReasonCodes.Restricted), (verdict.Outcome, verdict.ReasonCode));
        Assert.Equal(RuleOutcome.Hold, ModerationRules.Decide(verdicts));
    }

    [Fact]
    public void Allowed_topics_hold_text_about_nothing_they_name()
    {
        var profile = Profile with
        {
            AllowedTopics = [new TopicKeywords("audio", ["sound", "bass", "noise cancelling"]), new TopicKeywords("comfort", ["fit", "comfortable"])],
        };
        var rules = new ModerationRules(profile);

        var onTopic = rules.Evaluate(Submission("The noise cancelling is superb on flights.")).Single(v => v.Rule == "allowed-topics");
        Assert.Equal(RuleOutcome.Pass, onTopic.Outcome);
        Assert.Equal("topics: audio", onTopic.Detail);

        var offTopic = rules.Evaluate(Submission("The courier left the box in the rain again.")).Single(v => v.Rule == "allowed-topics");
        Assert.Equal((RuleOutcome.Hold, ModerationReasonCodes.Restricted), (offTopic.Outcome, offTopic.ReasonCode));
    }

    [Fact]
    public void Outcomes_are_configurable()
    {
        var profile = Profile with { BannedTermOutcome = RuleOutcome.Hold, ContactInfoOutcome = RuleOutcome.Reject };
        var verdicts = new ModerationRules(profile).Evaluate(Submission("This crap came from www.example.com, sadly."));
        Assert.Equal(RuleOutcome.Hold, verdicts.Single(v => v.Rule == "banned-terms").Outcome);
        Assert.Equal(RuleOutcome.Reject, verdicts.Single(v => v.Rule == "contact-info").Outcome);
    }

    [Fact]
    public void A_plain_shop_domain_holds_even_where_contact_details_reject()
    {
        var rules = new ModerationRules(Profile with { ContactInfoOutcome = RuleOutcome.Reject });

        var shop = rules.Evaluate(Submission("Bought it on amazon.com for less than the store price.")).Single(v => v.Rule == "contact-info");
        var link = rules.Evaluate(Submission("Cheap copies at https://deals.example.com today.")).Single(v => v.Rule == "contact-info");
        var disguised = rules.Evaluate(Submission("Order yours at cheapwatches dot com right now.")).Single(v => v.Rule == "contact-info");

        Assert.Equal(RuleOutcome.Hold, shop.Outcome);
        Assert.Equal(RuleOutcome.Reject, link.Outcome);
        Assert.Equal(RuleOutcome.Reject, disguised.Outcome);
    }
}
