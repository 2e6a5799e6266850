using Ugc.Contracts.Moderation;
using Ugc.Grains.Classification;
using Ugc.Grains.Moderation;
using Ugc.Grains.Tests.Infrastructure;
using Ugc.Testing;

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

        var stored = await fixture.Cluster.ReadStateAsync<ModelState>("model", model.GetGrainId());
        var bytes = fixture.Cluster.StoredBytes(stored).Length;
        var active = stored.Versions.Single(v => v.Version == stored.ActiveVersion);

        Assert.Equal(live.Score, active.Restore().Score(text));
        Assert.Equal([text, "absolute trash, you clowns"], stored.Examples.Select(e => e.Text));
        // Sparse weights cost 8 bytes each (bucket and float); anything much above that means dense arrays or a
        // copy of the corpus crept into the state. The shipped corpus itself is never stored, only human examples.
        var features = stored.Versions.Sum(v => v.Logistic!.Buckets.Length);
        Assert.Equal(2, stored.Versions.Count);
        Assert.True(bytes < features * 10 + 4_096, $"two versions with {features} weighted features take {bytes} bytes");
        Assert.True(bytes < 200_000, $"two versions of a built-in model take {bytes} bytes");
    }
}
