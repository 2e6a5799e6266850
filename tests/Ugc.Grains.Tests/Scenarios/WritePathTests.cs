using Microsoft.Extensions.DependencyInjection;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Contracts.Shoppers;
using Ugc.Contracts.Submissions;
using Ugc.Grains.Content;
using Ugc.Grains.Submissions;
using Ugc.Grains.Tests.Infrastructure;
using Ugc.Testing;

namespace Ugc.Grains.Tests.Scenarios;

/// <summary>The write path end to end on the cluster: grouped appends, bookkeeping confirmed at moderation.</summary>
[Collection(DomainCollection.Name)]
public sealed class WritePathTests(DomainFixture domain)
{
    private const string Text = "The blender crushes ice in seconds, the jug is easy to rinse and the motor is quieter than my old one.";

    [Fact]
    public async Task Concurrent_submissions_are_all_acknowledged_moderated_and_shown()
    {
        var client = await domain.CreateClientAsync("burst", ClientKind.Brand);
        await domain.AddProductAsync(client, "blender");
        var before = Appended();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            domain.TrySubmitReviewAsync(client, "blender", $"fan{i}", 5, $"{Text} Review number {i}.", email: $"fan{i}@example.com")));

        Assert.All(outcomes, o => Assert.True(o.Accepted, string.Join("; ", o.Errors.Select(e => e.Message))));
        var ids = outcomes.Select(o => o.Acknowledgement!.SubmissionId).ToList();
        foreach (var id in ids)
        {
            Assert.Equal(ContentStatus.Approved, (await domain.DecidedAsync(id)).Status);
        }

        await Poll.UntilAsync(async () => (await domain.StatisticsAsync(client, "blender")).Reviews.TotalReviewCount == 40,
            "all 40 reviews show on the product");
        Assert.Equal(40, Appended().Submissions - before.Submissions);
    }

    [Fact]
    public async Task Moderation_makes_the_shoppers_history_and_nickname_durable()
    {
        var client = await domain.CreateClientAsync("durable", ClientKind.Brand);
        await domain.AddProductAsync(client, "toaster");

        var id = await domain.SubmitReviewAsync(client, "toaster", "keeper", 4, Text);
        await domain.DecidedAsync(id);

        var shopper = await Cluster.ReadStateAsync<Shoppers.ShopperState>("shopper", domain.Grains.GetGrain<IShopperGrain>($"{client}/keeper").GetGrainId());
        Assert.Contains(id, shopper.ContentIds);
        Assert.Equal(1, shopper.ReviewsByProduct["toaster"]);
        var nickname = await Cluster.ReadStateAsync<Shoppers.NicknameState>("nickname", domain.Grains.GetGrain<INicknameGrain>($"{client}/nickkeeper").GetGrainId());
        Assert.Equal("keeper", nickname.UserId);
    }

    [Fact]
    public async Task A_shopper_that_lost_a_submission_to_a_restart_gets_it_back_when_it_is_moderated()
    {
        var client = await domain.CreateClientAsync("lost", ClientKind.Brand);
        await domain.AddProductAsync(client, "kettle");
        var shopper = domain.Grains.GetGrain<IShopperGrain>($"{client}/forgotten");
        var check = new VelocityCheck("content-lost-1", ContentType.Reviews, "kettle", "Forgotten", "f@example.com", null, null, null, 5);

        await shopper.ConfirmAsync(check, DateTimeOffset.UtcNow);
        await shopper.ConfirmAsync(check, DateTimeOffset.UtcNow);

        Assert.Equal(["content-lost-1"], (await shopper.GetAsync())!.ContentIds);
        var stored = await Cluster.ReadStateAsync<Shoppers.ShopperState>("shopper", shopper.GetGrainId());
        Assert.Equal(["content-lost-1"], stored.ContentIds);
        Assert.Equal(1, stored.ReviewsByProduct["kettle"]);
        var again = await domain.TrySubmitReviewAsync(client, "kettle", "forgotten", 3, Text);
        Assert.Equal(SubmissionErrorCodes.DuplicateSubmission, Assert.Single(again.Errors).Code);
    }

    [Fact]
    public async Task A_submission_whose_nickname_went_to_someone_else_meanwhile_is_held_for_humans()
    {
        var client = await domain.CreateClientAsync("clash", ClientKind.Brand);
        await domain.AddProductAsync(client, "grill");
        Assert.True(await domain.Grains.GetGrain<INicknameGrain>($"{client}/grillmaster").ClaimAsync("other-user"));
        var submission = Review(client, "grill", "clash-content-1", "first-user", "GrillMaster");

        await domain.Grains.GetGrain<IContentGrain>("clash-content-1").ModerateAsync(submission);

        var details = await domain.DecidedAsync("clash-content-1");
        Assert.Equal(ContentStatus.Held, details.Status);
        Assert.Contains(details.Trail, t => t.Name == ContentGrain.NicknameConflictFlag && t.Verdict == "hold");
    }

    [Fact]
    public async Task A_moderation_whose_state_write_and_reread_failed_is_done_again_when_the_submission_comes_back()
    {
        // The database went down mid-moderation: the write failed, and so did re-reading what storage holds. The
        // redelivered submission must be moderated and stored, not taken as done from memory.
        var client = await domain.CreateClientAsync("outage", ClientKind.Brand);
        await domain.AddProductAsync(client, "fryer");
        var submission = Review(client, "fryer", "outage-content-" + Guid.NewGuid().ToString("N"), "fryfan");
        var content = domain.Grains.GetGrain<IContentGrain>(submission.ContentId);
        Assert.Null(await content.GetAsync());

        using (StorageOutage.Of(content.GetGrainId()))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => content.ModerateAsync(submission));
        }

        await content.ModerateAsync(submission);

        var stored = await Cluster.ReadStateAsync<ContentState>("content", content.GetGrainId());
        Assert.Equal(submission.ContentId, stored.Submission?.ContentId);
        Assert.Equal(ContentStatus.Approved, stored.Status);
        await Poll.UntilAsync(async () => (await domain.StatisticsAsync(client, "fryer")).Reviews.TotalReviewCount == 1,
            "the review shows on the product");
    }

    [Fact]
    public async Task The_same_text_twice_is_refused_across_shoppers()
    {
        var client = await domain.CreateClientAsync("copies", ClientKind.Brand);
        await domain.AddProductAsync(client, "mixer");

        var first = await domain.TrySubmitReviewAsync(client, "mixer", "writer", 5, Text);
        var copy = await domain.TrySubmitReviewAsync(client, "mixer", "copier", 5, Text);

        Assert.True(first.Accepted);
        Assert.Equal("text", copy.BlockedBy);
    }

    private Orleans.TestingHost.InProcessTestCluster Cluster => domain.Cluster;

    private static ContentSubmission Review(string client, string productId, string contentId, string userId, string? nickname = null)
    {
        var author = new SubmissionAuthor(userId, nickname ?? userId, null, null, null, null);
        var review = new ReviewSubmission(productId, author, 5, "Great", Text, true, new Dictionary<string, int>(),
            new Dictionary<string, IReadOnlyList<string>>(), new SubmissionExtras("en_US", null, true, new Dictionary<string, string>(), new Dictionary<string, string>(), []));
        return new ContentSubmission(contentId, client, ContentType.Reviews, DateTimeOffset.UtcNow, "token", [], Review: review);
    }

    private (long Batches, long Submissions) Appended()
    {
        var counts = domain.Cluster.Silos.Select(s => s.ServiceProvider.GetRequiredService<SubmissionAppender>().Appended).ToList();
        return (counts.Sum(c => c.Batches), counts.Sum(c => c.Submissions));
    }
}
