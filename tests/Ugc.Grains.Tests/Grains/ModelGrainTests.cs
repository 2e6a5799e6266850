using Ugc.Contracts;
using Ugc.Contracts.Moderation;
using Ugc.Grains.Classification;

namespace Ugc.Grains.Tests.Grains;

[Collection(GrainClusterCollection.Name)]
public sealed class ModelGrainTests(GrainClusterFixture fixture)
{
    private const string Solicitation = "Huge discount on this blender, DM me on Telegram @kitchen_deals for the code";
    private const string CleanReview = "The blender is quiet, crushes ice well and the lid fits tightly. Easy to clean.";
    private const string PillSpam = "cheap prescription meds without prescription, order online now at pills-now dot com";

    private IModelGrain Model(string id) => fixture.Cluster.Client.GetGrain<IModelGrain>(id);

    // Many moderators saying that exactly this kind of text is fine, against the corpus.
    private static List<LabeledText> Contradicting() =>
        [.. Enumerable.Range(0, 30).Select(i => new LabeledText($"{Solicitation} number {i}", Flagged: false))];

    [Fact]
    public async Task Built_in_model_starts_at_version_1_trained_from_the_corpus()
    {
        var model = Model("corpus-start/spam");

        var spam = await model.ScoreAsync(Solicitation);
        var clean = await model.ScoreAsync(CleanReview);
        var info = await model.GetAsync();

        Assert.Equal(1, spam.Version);
        Assert.True(spam.Score > 0.5, $"solicitation scored {spam.Score}");
        Assert.True(clean.Score < 0.5, $"clean review scored {clean.Score}");
        Assert.Null(spam.ShadowVersion);
        Assert.Equal([1], info.Versions);
        Assert.Equal(CorpusLoader.LoadBuiltIn("spam").Count, info.TrainingExamples);
    }

    [Fact]
    public async Task Human_labels_show_in_the_active_metrics_and_update_the_model()
    {
        var model = Model("labels/spam");
        var before = await model.GetAsync();

        await model.AddLabelAsync(new LabeledText(Solicitation, Flagged: true));
        await model.AddLabelAsync(new LabeledText(CleanReview, Flagged: false));
        await model.AddLabelAsync(new LabeledText("Works as described, arrived on time.", Flagged: true));
        var info = await model.GetAsync();

        Assert.Equal(0, before.ActiveMetrics.Labels);
        var metrics = info.ActiveMetrics;
        Assert.Equal((3, 1, 0, 1, 1), (metrics.Labels, metrics.TruePositives, metrics.FalsePositives, metrics.TrueNegatives, metrics.FalseNegatives));
        Assert.Equal(1.0, metrics.Precision);
        Assert.Equal(0.5, metrics.Recall);
        Assert.Equal(before.TrainingExamples + 3, info.TrainingExamples);
        Assert.Equal(fixture.Clock.GetUtcNow(), info.UpdatedAt);
    }

    [Fact]
    public async Task Training_on_labels_that_contradict_the_corpus_moves_scores()
    {
        var model = Model("contradict/spam");
        var v1 = await model.ScoreAsync(Solicitation);

        var version = await model.TrainAsync(Contradicting());
        var stillActive = await model.ScoreAsync(Solicitation);
        await model.DeployAsync(version);
        var v2 = await model.ScoreAsync(Solicitation);

        Assert.Equal(2, version);
        Assert.Equal(v1.Score, stillActive.Score);
        Assert.Equal(2, v2.Version);
        Assert.True(v1.Score > 0.5 && v2.Score < 0.5, $"v1 scored {v1.Score}, v2 scored {v2.Score}");
        Assert.Equal(CorpusLoader.LoadBuiltIn("spam").Count + 30, (await model.GetAsync()).TrainingExamples);
    }

    [Fact]
    public async Task Deploy_changes_the_next_score_and_rollback_restores_it()
    {
        var model = Model("deploy/spam");
        var v1 = await model.ScoreAsync(Solicitation);
        var v2 = await model.TrainAsync(Contradicting());

        await model.DeployAsync(v2);
        var deployed = await model.ScoreAsync(Solicitation);
        await model.RollbackAsync();
        var rolledBack = await model.ScoreAsync(Solicitation);

        Assert.Equal((2, 1), (deployed.Version, rolledBack.Version));
        Assert.NotEqual(v1.Score, deployed.Score);
        Assert.Equal(v1.Score, rolledBack.Score);
        Assert.Equal(1, (await model.GetAsync()).ActiveVersion);
        await Assert.ThrowsAsync<NotFoundException>(() => model.DeployAsync(9));
    }

    [Fact]
    public async Task Shadow_version_is_scored_beside_the_active_one_and_its_agreement_reported()
    {
        var model = Model("shadow/spam");
        var v2 = await model.TrainAsync(Contradicting());
        await model.ShadowAsync(v2);

        List<ModelScore> scores = [];
        foreach (var text in new[] { Solicitation, CleanReview, PillSpam, "Love the colour, wish it came in blue." })
        {
            scores.Add(await model.ScoreAsync(text));
        }

        await model.AddLabelAsync(new LabeledText(Solicitation, Flagged: true));
        var info = await model.GetAsync();

        Assert.All(scores, s => Assert.Equal((1, 2), (s.Version, s.ShadowVersion)));
        var agreed = scores.Count(s => s.Score >= 0.5 == s.ShadowScore >= 0.5);
        Assert.InRange(agreed, 1, scores.Count - 1);
        Assert.Equal(scores.Count, info.ShadowComparisons);
        Assert.Equal((double)agreed / scores.Count, info.ShadowAgreement);
        Assert.Equal(1, info.ShadowMetrics!.Labels);
        Assert.Equal(1, info.ShadowMetrics.FalseNegatives);
        Assert.Equal(1, info.ActiveMetrics.TruePositives);

        await model.ShadowAsync(null);
        var cleared = await model.GetAsync();
        Assert.Equal((null, null, 0L), (cleared.ShadowVersion, cleared.ShadowAgreement, cleared.ShadowComparisons));
    }

    [Fact]
    public async Task Custom_model_exists_once_trained()
    {
        var model = Model("acme/vendor-links");
        await Assert.ThrowsAsync<NotFoundException>(() => model.ScoreAsync(CleanReview));

        var version = await model.TrainAsync(
            [new LabeledText("buy at vendor dot com", true), new LabeledText("fits well and looks great", false)]);
        var score = await model.ScoreAsync("buy it at vendor dot com");

        Assert.Equal((1, 1), (version, score.Version));
        Assert.True(score.Score > 0.5, $"scored {score.Score}");
        await Assert.ThrowsAsync<ConflictException>(model.RollbackAsync);
    }
}
