using Ugc.Testing;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Content;
using Ugc.Contracts.Moderation;
using Ugc.Contracts.Submissions;

namespace Ugc.Grains.Tests.Scenarios;

[Collection(DomainCollection.Name)]
public sealed class ModerationScenarioTests(DomainFixture domain)
{
    private const string CleanText = "The headphones sound warm and clear, the battery lasts two full days and the fit is comfortable.";

    [Fact]
    public async Task A_clean_review_is_approved_and_changes_the_average()
    {
        var brand = await domain.CreateClientAsync("acme", ClientKind.Brand);
        await domain.AddProductAsync(brand, "p1");
        var first = await domain.SubmitReviewAsync(brand, "p1", "u1", 5, CleanText);
        Assert.Equal(ContentStatus.Approved, (await domain.DecidedAsync(first)).Status);
        await Poll.UntilAsync(async () => (await domain.StatisticsAsync(brand, "p1")).Reviews.TotalReviewCount == 1, "the first review counts");

        var second = await domain.SubmitReviewAsync(brand, "p1", "u2", 3, "Decent sound for the price, although the ear cushions get warm after an hour of use.");
        Assert.Equal(ContentStatus.Approved, (await domain.DecidedAsync(second)).Status);

        await Poll.UntilAsync(async () => (await domain.StatisticsAsync(brand, "p1")).Reviews.AverageOverallRating == 4.0, "the average becomes 4");
        var stats = await domain.StatisticsAsync(brand, "p1");
        Assert.Equal([new RatingCount(3, 1), new RatingCount(5, 1)], stats.Reviews.RatingDistribution);
        Assert.Equal(1, stats.Reviews.RecommendedCount);
    }

    [Fact]
    public async Task A_review_with_a_banned_term_is_rejected_with_the_profanity_reason_in_its_trail()
    {
        var brand = await domain.CreateClientAsync("acme", ClientKind.Brand);
        await domain.AddProductAsync(brand, "p1");
        await domain.Grains.GetGrain<IClientGrain>(brand).SetModerationAsync(ModerationSettings.Default with { BannedTerms = ["garbage"] });

        var id = await domain.SubmitReviewAsync(brand, "p1", "u1", 1, "This is total g@rbage, the left cup stopped working after a single week of use.");

        var details = await domain.DecidedAsync(id);
        Assert.Equal(ContentStatus.Rejected, details.Status);
        Assert.Contains(details.Trail, s => s.Stage == "rule" && s.Verdict == "reject" && s.ReasonCode == "ERROR_FORM_PROFANITY");
        Assert.Equal(0, (await domain.StatisticsAsync(brand, "p1")).Reviews.TotalReviewCount);
    }

    [Fact]
    public async Task A_solicitation_is_rejected()
    {
        var brand = await domain.CreateClientAsync("acme", ClientKind.Brand);
        await domain.AddProductAsync(brand, "p1");

        var id = await domain.SubmitReviewAsync(brand, "p1", "u1", 5, "Great product! For a cheaper one contact me at deals.seller@gmail.com or call 555-201-3344 today.");

        var details = await domain.DecidedAsync(id);
        Assert.Equal(ContentStatus.Rejected, details.Status);
        Assert.Contains(details.Trail, s => s.Name == "contact-info" && s.Verdict == "reject");
    }

    // The texts of the fault report: a short plain answer the old abuse model rejected at 0.9985, and blunt honest
    // reviews it held. The answer goes in as review text: the models score the text, whatever the content type.
    [Theory]
    [InlineData(5, "Yes, it clicks shut and stays closed when you pour.")]
    [InlineData(1, "The app keeps crashing on my phone and I can't change any settings without it.")]
    [InlineData(1, "My dog destroyed it in an hour. So much for \"indestructible\".")]
    [InlineData(2, "I hate the color, and the battery died after a week, but the company replaced it.")]
    [InlineData(4, "Kills weeds down to the root, nothing has come back.")]
    public async Task Honest_content_is_published_with_the_default_profile(int rating, string text)
    {
        var brand = await domain.CreateClientAsync("acme", ClientKind.Brand);
        await domain.AddProductAsync(brand, "p1");

        var id = await domain.SubmitReviewAsync(brand, "p1", "u1", rating, text);

        var details = await domain.DecidedAsync(id);
        Assert.True(details.Status == ContentStatus.Approved,
            $"{details.Status}: " + string.Join("; ", details.Trail.Where(t => t.Stage == "model").Select(t => $"{t.Name} {t.Score:F3} {t.Verdict}")));
        Assert.All(details.Trail.Where(t => t.Stage == "model"), t => Assert.Equal("pass", t.Verdict));
    }

    [Theory]
    [InlineData("Earn three hundred dollars a day working from your couch, no experience needed, ask me how.")]
    [InlineData("I can get you this for half the price, just message me on Telegram for the catalog.")]
    [InlineData("The seller is a lying idiot and I hope someone punches him in the face.")]
    public async Task Spam_solicitation_and_abuse_not_in_training_are_held_or_rejected(string text)
    {
        var brand = await domain.CreateClientAsync("acme", ClientKind.Brand);
        await domain.AddProductAsync(brand, "p1");

        var id = await domain.SubmitReviewAsync(brand, "p1", "u1", 1, text);

        var details = await domain.DecidedAsync(id);
        Assert.Contains(details.Status, new[] { ContentStatus.Held, ContentStatus.Rejected });
        Assert.Contains(details.Trail, t => t.Stage == "model" && t.Verdict != "pass");
    }

    [Fact]
    public async Task An_extreme_score_on_a_short_text_holds_and_the_trail_says_why()
    {
        var brand = await domain.CreateClientAsync("acme", ClientKind.Brand);
        await domain.AddProductAsync(brand, "p1");

        var id = await domain.SubmitReviewAsync(brand, "p1", "u1", 1, "Shut up, you idiot.");

        var details = await domain.DecidedAsync(id);
        var abuse = details.Trail.Single(t => t.Stage == "model" && t.Name == "abuse");
        Assert.Equal(ContentStatus.Held, details.Status);
        Assert.True(abuse.Score >= ModerationSettings.Default.Models.Single(m => m.ModelId == "abuse").RejectAbove, $"abuse scored {abuse.Score}");
        Assert.Equal("hold", abuse.Verdict);
        Assert.Contains("too few to reject on a model score alone", abuse.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_extreme_score_on_a_text_long_enough_to_judge_rejects()
    {
        var brand = await domain.CreateClientAsync("acme", ClientKind.Brand);
        await domain.AddProductAsync(brand, "p1");

        var id = await domain.SubmitReviewAsync(brand, "p1", "u1", 1,
            "You people at the store are brain dead morons and I hope every one of you gets fired, worthless idiots.");

        var details = await domain.DecidedAsync(id);
        Assert.Equal(ContentStatus.Rejected, details.Status);
        Assert.Contains(details.Trail, t => t.Stage == "model" && t.Name == "abuse" && t.Verdict == "reject");
    }

    [Fact]
    public async Task A_burst_from_one_device_is_blocked_at_the_sixth_submission()
    {
        var brand = await domain.CreateClientAsync("acme", ClientKind.Brand);
        var outcomes = new List<SubmissionOutcome>();
        for (var i = 0; i < 6; i++)
        {
            await domain.AddProductAsync(brand, $"p{i}");
            outcomes.Add(await domain.TrySubmitReviewAsync(brand, $"p{i}", $"user{i}", 4, $"Review number {i} of a product that works as described, nothing more to add {i}.",
                device: "device-1"));
        }

        Assert.All(outcomes.Take(5), o => Assert.True(o.Accepted));
        Assert.False(outcomes[5].Accepted);
        Assert.Equal("ERROR_REQUEST_LIMIT_REACHED", Assert.Single(outcomes[5].Errors).Code);
        Assert.Equal("device", outcomes[5].BlockedBy);
        Assert.Null(outcomes[5].Acknowledgement);
    }

    [Fact]
    public async Task The_same_text_on_two_products_is_flagged_duplicate()
    {
        var brand = await domain.CreateClientAsync("acme", ClientKind.Brand);
        await domain.AddProductAsync(brand, "p1");
        await domain.AddProductAsync(brand, "p2");

        var first = await domain.TrySubmitReviewAsync(brand, "p1", "u1", 5, CleanText);
        var second = await domain.TrySubmitReviewAsync(brand, "p2", "u2", 5, CleanText.ToUpperInvariant() + "!!");

        Assert.True(first.Accepted);
        Assert.False(second.Accepted);
        Assert.Equal(("reviewtext", "ERROR_FORM_DUPLICATE"), (Assert.Single(second.FieldErrors).Field, second.FieldErrors[0].Code));
    }

    [Fact]
    public async Task A_human_decision_flips_a_held_review_and_shows_in_model_metrics()
    {
        var brand = await domain.CreateClientAsync("acme", ClientKind.Brand);
        await domain.AddProductAsync(brand, "p1");
        await domain.Grains.GetGrain<IClientGrain>(brand).SetModerationAsync(ModerationSettings.Default with { AutoApprove = false });
        var before = await domain.Grains.GetGrain<IModelGrain>("spam").GetAsync();

        var id = await domain.SubmitReviewAsync(brand, "p1", "u1", 4, CleanText);
        Assert.Equal(ContentStatus.Held, (await domain.DecidedAsync(id)).Status);
        Assert.Contains(await domain.Grains.GetGrain<IModerationQueueGrain>(brand).GetAsync(), q => q.ContentId == id);

        var decided = await domain.Grains.GetGrain<IContentGrain>(id).DecideAsync(new HumanDecision(true, "moderator-1", null));

        Assert.Equal(ContentStatus.Approved, decided.Status);
        Assert.DoesNotContain(await domain.Grains.GetGrain<IModerationQueueGrain>(brand).GetAsync(), q => q.ContentId == id);
        await Poll.UntilAsync(async () => (await domain.StatisticsAsync(brand, "p1")).Reviews.TotalReviewCount == 1, "the approved review is visible");
        var after = await domain.Grains.GetGrain<IModelGrain>("spam").GetAsync();
        Assert.Equal(before.ActiveMetrics.Labels + 1, after.ActiveMetrics.Labels);
    }
}
