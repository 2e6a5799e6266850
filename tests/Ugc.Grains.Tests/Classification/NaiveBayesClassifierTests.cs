using System.Text.Json;
using Ugc.Grains.Classification;
using Xunit.Abstractions;

namespace Ugc.Grains.Tests.Classification;

public class NaiveBayesClassifierTests(ITestOutputHelper output)
{
    [Fact]
    public void Serialized_model_round_trips_through_json_with_identical_scores()
    {
        var examples = CorpusLoader.LoadBuiltIn("spam");
        var classifier = new NaiveBayesClassifier();
        classifier.Train(examples);

        var json = JsonSerializer.Serialize(classifier.ToModel());
        var restored = NaiveBayesClassifier.FromModel(JsonSerializer.Deserialize<NaiveBayesModel>(json)!);

        Assert.Equal(classifier.FeatureCount, restored.FeatureCount);
        Assert.All(examples.Take(50), e => Assert.Equal(classifier.LogOdds(e.Text), restored.LogOdds(e.Text)));
        Assert.Equal(classifier.ToModel().Buckets, restored.ToModel().Buckets);
        output.WriteLine($"spam model: {classifier.FeatureCount} features, {json.Length} bytes of JSON");
    }

    [Fact]
    public void Online_update_moves_the_score_toward_the_label()
    {
        var classifier = new NaiveBayesClassifier();
        classifier.Train(CorpusLoader.LoadBuiltIn("spam"));
        const string text = "Join our loyalty club for exclusive members only pricing every weekend";

        var before = classifier.LogOdds(text);
        classifier.Update(text, flagged: true);
        var afterFlagged = classifier.LogOdds(text);
        classifier.Update(text, flagged: false);
        classifier.Update(text, flagged: false);
        var afterOk = classifier.LogOdds(text);

        Assert.True(afterFlagged > before, $"{before} -> {afterFlagged}");
        Assert.True(afterOk < afterFlagged, $"{afterFlagged} -> {afterOk}");
    }

    [Fact]
    public void Repeated_labels_teach_a_new_pattern()
    {
        var classifier = new NaiveBayesClassifier();
        classifier.Train(CorpusLoader.LoadBuiltIn("spam"));
        const string text = "Amazing blender, use promo word KITCHENKING at the register for savings";
        for (var i = 0; i < 5; i++)
        {
            classifier.Update($"Use promo word KITCHENKING at the register, batch {i}", flagged: true);
        }

        Assert.True(classifier.Score(text) > 0.5);
    }

    [Fact]
    public void Untrained_classifier_is_undecided() =>
        Assert.Equal(0.5, new NaiveBayesClassifier().Score("anything"));

    [Fact]
    public void Training_is_independent_of_example_order()
    {
        var examples = CorpusLoader.LoadBuiltIn("abuse");
        var forward = new NaiveBayesClassifier();
        forward.Train(examples);
        var backward = new NaiveBayesClassifier();
        backward.Train(examples.Reverse());

        Assert.Equal(JsonSerializer.Serialize(forward.ToModel()), JsonSerializer.Serialize(backward.ToModel()));
    }

    [Fact]
    public void Shadow_model_agreement_is_measurable()
    {
        var (train, test) = CorpusSplit.Split(CorpusLoader.LoadBuiltIn("abuse"));
        var active = new NaiveBayesClassifier();
        active.Train(train);
        var shadow = new NaiveBayesClassifier(new HashedFeatureExtractor(bits: 12), alpha: 0.5);
        shadow.Train(train);

        var agreement = ClassifierMetrics.AgreementRate(test.Select(e => (active.Score(e.Text) >= 0.5, shadow.Score(e.Text) >= 0.5)));
        output.WriteLine($"agreement active vs 2^12-bucket shadow: {agreement:P1}");
        Assert.InRange(agreement, 0.8, 1.0);
    }
}
