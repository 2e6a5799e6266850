using Ugc.Contracts.Moderation;

namespace Ugc.Grains.Tests.Grains;

[Collection(GrainClusterCollection.Name)]
public sealed class ModerationQueueGrainTests(GrainClusterFixture fixture)
{
    private static readonly DateTimeOffset T0 = new(2026, 2, 1, 12, 0, 0, TimeSpan.Zero);

    private static QueuedContent Item(string id, int minute, bool sampled = false, string reason = "model:spam") =>
        new(id, "p1", reason, sampled, T0.AddMinutes(minute), "text of " + id);

    [Fact]
    public async Task Queue_is_oldest_first_and_holds_each_content_once()
    {
        var queue = fixture.Cluster.Client.GetGrain<IModerationQueueGrain>("queue-order");

        await queue.EnqueueAsync(Item("c2", 2));
        await queue.EnqueueAsync(Item("c3", 3));
        await queue.EnqueueAsync(Item("c1", 1));
        await queue.EnqueueAsync(Item("c2", 9, reason: "report"));

        var items = await queue.GetAsync();
        Assert.Equal(["c1", "c2", "c3"], items.Select(i => i.ContentId));
        Assert.Equal(("model:spam", T0.AddMinutes(2)), (items[1].Reason, items[1].QueuedAt));

        await queue.RemoveAsync("c1");
        await queue.RemoveAsync("unknown");
        Assert.Equal(["c2", "c3"], (await queue.GetAsync()).Select(i => i.ContentId));
    }

    [Fact]
    public async Task Held_content_supersedes_a_sample_of_the_same_content_in_place()
    {
        var queue = fixture.Cluster.Client.GetGrain<IModerationQueueGrain>("queue-sample");

        await queue.EnqueueAsync(Item("c1", 1, sampled: true, reason: "sample"));
        await queue.EnqueueAsync(Item("c2", 2));
        await queue.EnqueueAsync(Item("c1", 5, reason: "report"));

        var items = await queue.GetAsync();
        Assert.Equal(["c1", "c2"], items.Select(i => i.ContentId));
        Assert.Equal(("report", false, T0.AddMinutes(1)), (items[0].Reason, items[0].Sampled, items[0].QueuedAt));
    }
}
