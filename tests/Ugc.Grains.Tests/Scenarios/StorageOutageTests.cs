using Orleans.Core.Internal;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Content;
using Ugc.Contracts.Moderation;
using Ugc.Grains.Content;
using Ugc.Grains.Moderation;
using Ugc.Grains.Tests.Infrastructure;

namespace Ugc.Grains.Tests.Scenarios;

/// <summary>
/// A grain whose state write failed while storage could not be read either (the database down): retrying the call
/// makes the change and stores it, rather than finding it made in memory and storing nothing.
/// </summary>
[Collection(DomainCollection.Name)]
public sealed class StorageOutageTests(DomainFixture domain)
{
    private const string Text = "The kettle boils a full jug in three minutes, the lid opens wide and the handle stays cool to the touch.";

    [Fact]
    public async Task Content_queued_for_humans_during_an_outage_is_stored_when_the_call_is_retried()
    {
        var client = await domain.CreateClientAsync("queue-outage", ClientKind.Brand);
        var queue = domain.Grains.GetGrain<IModerationQueueGrain>(client);
        var item = new QueuedContent("queued-content-1", "kettle", "banned term", false, DateTimeOffset.UtcNow, "an excerpt");
        Assert.Empty(await queue.GetAsync());

        using (StorageOutage.Of(queue.GetGrainId()))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => queue.EnqueueAsync(item));
        }

        await queue.EnqueueAsync(item);

        // What storage holds: an activation that cannot store its whole queue as it ends, then a new one.
        using (StorageOutage.OfWrites(queue.GetGrainId(), "moderation-queue"))
        {
            await queue.Cast<IGrainManagementExtension>().DeactivateOnIdle();
            Assert.Equal("queued-content-1", Assert.Single(await queue.GetAsync()).ContentId);
        }
    }

    [Fact]
    public async Task A_long_queue_stores_only_its_changes_and_an_activation_that_ends_without_storing_it_loses_none()
    {
        var client = await domain.CreateClientAsync("queue-journal", ClientKind.Brand);
        var queue = domain.Grains.GetGrain<IModerationQueueGrain>(client);
        var start = DateTimeOffset.UtcNow;
        for (var i = 0; i < 40; i++)
        {
            await queue.EnqueueAsync(new QueuedContent($"journal-content-{i:D2}", "kettle", "banned term", i % 3 == 0, start.AddSeconds(i), "an excerpt"));
        }

        var whole = StorageOutage.WritesOf(queue.GetGrainId(), "moderation-queue");
        for (var i = 0; i < 40; i += 4)
        {
            await queue.RemoveAsync($"journal-content-{i:D2}");
        }

        // A held item supersedes the quality sample of the same content and keeps its place.
        await queue.EnqueueAsync(new QueuedContent("journal-content-03", "kettle", "held", false, start.AddHours(1), "an excerpt"));
        var expected = await queue.GetAsync();

        Assert.InRange(whole, 1, 2);
        Assert.Equal(whole, StorageOutage.WritesOf(queue.GetGrainId(), "moderation-queue"));
        Assert.Equal(30, expected.Count);
        using (StorageOutage.OfWrites(queue.GetGrainId(), "moderation-queue"))
        {
            await queue.Cast<IGrainManagementExtension>().DeactivateOnIdle();
            Assert.Equal(expected, await queue.GetAsync());
        }
    }

    [Fact]
    public async Task A_helpfulness_vote_lost_to_an_outage_counts_when_the_shopper_votes_again()
    {
        var client = await domain.CreateClientAsync("vote-outage", ClientKind.Brand);
        await domain.AddProductAsync(client, "kettle");
        var id = await domain.SubmitReviewAsync(client, "kettle", "writer", 5, Text);
        Assert.Equal(ContentStatus.Approved, (await domain.DecidedAsync(id)).Status);
        var content = domain.Grains.GetGrain<IContentGrain>(id);
        var vote = new FeedbackVoteRequest("voter", Helpfulness: true, Positive: true, ReasonText: null);

        using (StorageOutage.Of(content.GetGrainId()))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => content.AddFeedbackAsync(vote));
        }

        var counted = await content.AddFeedbackAsync(vote);

        Assert.Equal(1, counted.Document.PositiveFeedback);
        var stored = await domain.Cluster.ReadStateAsync<ContentState>("content", content.GetGrainId());
        Assert.Contains("voter", stored.HelpfulnessVoters);
        Assert.Equal(1, stored.Document!.PositiveFeedback);
    }
}
