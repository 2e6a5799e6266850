using System.Text.Json;
using Ugc.Grains.Classification;

namespace Ugc.Grains.Tests.Classification;

public class LogisticRegressionClassifierTests
{
    private static readonly Lazy<LogisticRegressionClassifier> Spam = new(() => LogisticRegressionClassifier.Train(CorpusLoader.LoadBuiltIn("spam")));

    [Theory]
    [InlineData("spam", "Great blender, crushes ice well and cleans up easily.", false)]
    [InlineData("spam", "Get 5000 real followers cheap, visit followerz-now dot net", true)]
    [InlineData("spam", "Selling these, text me on whatsapp +1 917 555 0134", true)]
    [InlineData("spam", "Paid forty dollars at the hardware store, cheaper than online.", false)]
    [InlineData("abuse", "The zipper broke after a week. Disappointed, I want a refund.", false)]
    [InlineData("abuse", "Worst purchase this year, the blades dulled in a week and support never replied.", false)]
    [InlineData("abuse", "Honestly garbage quality, I returned it the next day.", false)]
    [InlineData("abuse", "This weed killer kills everything it touches, our driveway is finally clear.", false)]
    [InlineData("abuse", "Whoever approved this vacuum is a brainless moron.", true)]
    [InlineData("offtopic", "The suction is strong and the battery lasts the whole house.", false)]
    public void Built_in_model_judges_texts_it_was_not_trained_on(string model, string text, bool flagged)
    {
        var classifier = LogisticRegressionClassifier.Train(CorpusLoader.LoadBuiltIn(model));
        var score = classifier.Score(text);
        Assert.True(score >= 0.5 == flagged, $"{model} scored {score:F3} for: {text}");
    }

    [Fact]
    public void Training_is_deterministic_and_independent_of_example_order()
    {
        var examples = CorpusLoader.LoadBuiltIn("abuse");
        var forward = LogisticRegressionClassifier.Train(examples);
        var backward = LogisticRegressionClassifier.Train([.. examples.Reverse()]);

        Assert.Equal(JsonSerializer.Serialize(forward.ToModel()), JsonSerializer.Serialize(backward.ToModel()));
    }

    [Fact]
    public void Stored_model_scores_exactly_like_the_trained_one()
    {
        var json = JsonSerializer.Serialize(Spam.Value.ToModel());
        var restored = LogisticRegressionClassifier.FromModel(JsonSerializer.Deserialize<LogisticRegressionModel>(json)!);

        Assert.Equal(Spam.Value.FeatureCount, restored.FeatureCount);
        Assert.All(CorpusLoader.LoadEvaluation("flagged").Take(50), t => Assert.Equal(Spam.Value.Score(t.Text), restored.Score(t.Text)));
        Assert.Equal(Spam.Value.TrainingExamples, restored.TrainingExamples);
    }

    [Fact]
    public void Scores_are_calibrated_on_held_out_patterns()
    {
        var (train, test) = CorpusSplit.Split(CorpusLoader.LoadBuiltIn("spam"));
        var classifier = LogisticRegressionClassifier.Train(train);
        var scored = test.Select(e => (Score: classifier.Score(e.Text), e.Flagged)).ToList();

        // Under even odds, confident scores must be mostly right on patterns the model never saw.
        var confidentFlagged = scored.Where(s => s.Score >= 0.9).ToList();
        var confidentOk = scored.Where(s => s.Score <= 0.1).ToList();
        Assert.True(confidentFlagged.Count(s => s.Flagged) >= 0.95 * confidentFlagged.Count, $"{confidentFlagged.Count(s => !s.Flagged)} of {confidentFlagged.Count} scores ≥ 0.9 are ok texts");
        Assert.True(confidentOk.Count(s => !s.Flagged) >= 0.95 * confidentOk.Count, $"{confidentOk.Count(s => s.Flagged)} of {confidentOk.Count} scores ≤ 0.1 are flagged texts");
        Assert.NotEqual((1.0, 0.0), (classifier.CalibrationSlope, classifier.CalibrationIntercept));
    }

    [Fact]
    public void Online_update_moves_the_score_toward_the_label_and_leaves_unrelated_text_alone()
    {
        var classifier = LogisticRegressionClassifier.FromModel(Spam.Value.ToModel());
        const string text = "Join our loyalty club for exclusive members only pricing every weekend";
        const string unrelated = "The lid is tight and the handle stays cool.";
        var before = classifier.Score(text);
        var unrelatedBefore = classifier.Score(unrelated);

        classifier.Update(text, flagged: true);
        var afterFlagged = classifier.Score(text);
        classifier.Update(text, flagged: false);
        classifier.Update(text, flagged: false);
        var afterOk = classifier.Score(text);

        Assert.True(afterFlagged > before, $"{before} -> {afterFlagged}");
        Assert.True(afterOk < afterFlagged, $"{afterFlagged} -> {afterOk}");
        Assert.Equal(unrelatedBefore, classifier.Score(unrelated), 3);
        Assert.Equal(Spam.Value.TrainingExamples + 3, classifier.TrainingExamples);
    }

    [Fact]
    public void Repeated_labels_teach_a_new_pattern()
    {
        var classifier = LogisticRegressionClassifier.FromModel(Spam.Value.ToModel());
        const string text = "Amazing blender, use promo word KITCHENKING at the register for savings";
        var before = classifier.Score(text);
        for (var i = 0; i < 5; i++)
        {
            classifier.Update($"Use promo word KITCHENKING at the register, batch {i}", flagged: true);
        }

        Assert.True(classifier.Score(text) > 0.5, $"{before:F3} -> {classifier.Score(text):F3}");
    }

    [Fact]
    public void A_few_examples_train_an_uncalibrated_model_that_still_separates_them()
    {
        var classifier = LogisticRegressionClassifier.Train(
            [new LabeledExample("buy at vendor dot com", true), new LabeledExample("fits well and looks great", false)]);

        Assert.Equal((1.0, 0.0), (classifier.CalibrationSlope, classifier.CalibrationIntercept));
        Assert.True(classifier.Score("buy it at vendor dot com") > 0.5);
        Assert.True(classifier.Score("looks great") < 0.5);
    }

    [Fact]
    public void Weighted_examples_count_more()
    {
        LabeledExample[] corpus = [.. CorpusLoader.LoadBuiltIn("spam")];
        const string text = "Huge discount on this blender, DM me on Telegram @kitchen_deals for the code";
        var labels = Enumerable.Range(0, 10).Select(i => new LabeledExample($"{text} number {i}", false)).ToList();

        var plain = LogisticRegressionClassifier.Train([.. corpus, .. labels]);
        var weighted = LogisticRegressionClassifier.Train([.. corpus, .. labels.Select(l => l with { Weight = 3 })]);

        Assert.True(weighted.Score(text) < plain.Score(text), $"plain {plain.Score(text):F3}, weighted {weighted.Score(text):F3}");
    }

    [Fact]
    public void Text_without_features_scores_the_bias() =>
        Assert.Equal(Spam.Value.Score("!!!"), Spam.Value.Score("..."));
}
