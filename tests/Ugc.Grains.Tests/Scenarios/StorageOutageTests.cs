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

        var stored = await domain.Cluster.ReadStateAsync<ModerationQueueState>("moderation-queue", queue.GetGrainId());
        Assert.Equal("queued-content-1", Assert.Single(stored.Items).ContentId);
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
