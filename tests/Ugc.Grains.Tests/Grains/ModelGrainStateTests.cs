using Ugc.Actors;
using Ugc.Actors.Persistence;
using Ugc.Contracts.Moderation;
using Ugc.Grains.Classification;
using Ugc.Grains.Moderation;

namespace Ugc.Grains.Tests.Grains;

[Collection(GrainClusterCollection.Name)]
public sealed class ModelGrainStateTests(GrainClusterFixture fixture)
{
    [Fact]
    public async Task Stored_state_is_compact_and_holds_the_on_line_updates()
    {
        var model = fixture.Cluster.Client.GetGrain<IModelGrain>("stored/abuse");
        const string text = "this product is garbage and so are the idiots who made it";
        await model.AddLabelAsync(new LabeledText(text, Flagged: false));
        await model.TrainAsync([new LabeledText("absolute trash, you clowns", Flagged: true)]);
        var live = await model.ScoreAsync(text);

        var stored = new GrainState<ModelState>(new ModelState());
        await fixture.Cluster.Storage.ReadStateAsync("model", model.GetGrainId(), stored);
        var bytes = GrainStorageSerializer.Serialize(stored.State).Length;
        var active = stored.State.Versions.Single(v => v.Version == stored.State.ActiveVersion);

        Assert.Equal(live.Score, NaiveBayesClassifier.FromModel(active.Model).Score(text));
        Assert.Equal([text, "absolute trash, you clowns"], stored.State.Examples.Select(e => e.Text));
        Assert.True(bytes < 150_000, $"two versions of a built-in model take {bytes} bytes");
    }
}
