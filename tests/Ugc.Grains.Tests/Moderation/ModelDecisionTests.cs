using Ugc.Contracts.Clients;
using Ugc.Grains.Moderation;

namespace Ugc.Grains.Tests.Moderation;

public class ModelDecisionTests
{
    private static readonly ModelRoute Route = new("abuse", RejectAbove: 0.95, HoldAbove: 0.7, MinWordsToReject: 8);

    [Theory]
    [InlineData(0.2, 20, false, RuleOutcome.Pass)]
    [InlineData(0.7, 20, false, RuleOutcome.Hold)]
    [InlineData(0.94, 3, false, RuleOutcome.Hold)]
    [InlineData(0.95, 8, false, RuleOutcome.Reject)]
    [InlineData(0.99, 7, false, RuleOutcome.Hold)]
    [InlineData(0.99, 2, true, RuleOutcome.Reject)]
    [InlineData(0.5, 2, true, RuleOutcome.Pass)]
    public void A_model_alone_rejects_only_an_extreme_score_on_a_text_long_enough_to_judge(double score, int words, bool ruleFlagged, RuleOutcome expected) =>
        Assert.Equal(expected, ModelDecision.Decide(Route, score, words, ruleFlagged).Outcome);

    [Fact]
    public void A_softened_rejection_says_why()
    {
        var (outcome, reason) = ModelDecision.Decide(Route, 0.999, 4, ruleFlagged: false);

        Assert.Equal(RuleOutcome.Hold, outcome);
        Assert.Equal("4 words are too few to reject on a model score alone (at least 8)", reason);
        Assert.Null(ModelDecision.Decide(Route, 0.999, 12, ruleFlagged: false).Reason);
    }

    [Fact]
    public void A_route_that_never_rejects_holds_at_most() =>
        Assert.Equal(RuleOutcome.Hold, ModelDecision.Decide(new ModelRoute("offtopic", ModelRoute.Never, 0.9), 1.0, 50, ruleFlagged: true).Outcome);

    [Theory]
    [InlineData("Yes, it clicks shut and stays closed when you pour.", 10)]
    [InlineData("No.", 1)]
    [InlineData("  ", 0)]
    public void Words_are_counted_as_the_models_see_them(string text, int words) =>
        Assert.Equal(words, ModelDecision.WordCount(text));
}
