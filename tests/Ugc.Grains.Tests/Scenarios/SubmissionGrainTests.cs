using Ugc.Contracts.Clients;
using Ugc.Contracts.Content;
using Ugc.Contracts.Submissions;

namespace Ugc.Grains.Tests.Scenarios;

[Collection(DomainCollection.Name)]
public sealed class SubmissionGrainTests(DomainFixture domain)
{
    private const string Text = "The kettle boils a full litre in under three minutes and the handle stays cool to the touch.";

    private ISubmissionGrain WritePath => domain.Grains.GetGrain<ISubmissionGrain>(0);

    [Fact]
    public async Task Anonymous_reviews_from_one_device_share_a_generated_author_and_another_device_gets_its_own()
    {
        var client = await ShopAsync("p1", "p2", "p3");

        var first = await ReviewAsync(client, "p1", nickname: "KettleFan", text: Text, fp: "device-a", ip: "203.0.113.7");
        var again = await ReviewAsync(client, "p2", nickname: "KettleFan", text: Text + " Second kettle.", fp: "device-a", ip: "198.51.100.2");
        var other = await ReviewAsync(client, "p3", nickname: "Teapot", text: Text + " Third kettle.", fp: "device-b", ip: "203.0.113.7");

        var authors = new List<string>();
        foreach (var outcome in new[] { first, again, other })
        {
            Assert.True(outcome.Accepted, Describe(outcome));
            authors.Add((await domain.DecidedAsync(outcome.Acknowledgement!.SubmissionId)).Document.AuthorId);
        }

        Assert.Equal(authors[0], authors[1]);
        Assert.NotEqual(authors[0], authors[2]);
        Assert.All(authors, a => Assert.StartsWith("anon-", a, StringComparison.Ordinal));
        Assert.All(authors, a => Assert.DoesNotContain("device", a, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_fingerprint_the_anonymous_author_is_bound_to_the_address_and_one_review_per_product_applies()
    {
        var client = await ShopAsync("p1");

        var first = await ReviewAsync(client, "p1", nickname: "Visitor1", text: Text, fp: null, ip: "192.0.2.44");
        var second = await ReviewAsync(client, "p1", nickname: "Visitor2", text: Text + " Again.", fp: null, ip: "192.0.2.44");

        Assert.True(first.Accepted, Describe(first));
        Assert.Equal(SubmissionErrorCodes.DuplicateSubmission, Assert.Single(second.Errors).Code);
        Assert.Equal("product", second.BlockedBy);
    }

    [Fact]
    public async Task An_anonymous_author_may_not_take_a_held_nickname_and_claims_none_itself()
    {
        var client = await ShopAsync("p1", "p2", "p3");
        var registered = await domain.TrySubmitReviewAsync(client, "p1", "sam-account", 4, Text);
        Assert.True(registered.Accepted, Describe(registered));

        var impostor = await ReviewAsync(client, "p2", nickname: "nicksam-account", text: Text + " Impostor.", fp: "device-c", ip: null);
        var first = await ReviewAsync(client, "p2", nickname: "Samuel", text: Text + " One Samuel.", fp: "device-d", ip: null);
        var second = await ReviewAsync(client, "p3", nickname: "Samuel", text: Text + " Another Samuel.", fp: "device-e", ip: null);

        Assert.Equal(SubmissionErrorCodes.FormDuplicateNickname, Assert.Single(impostor.FieldErrors).Code);
        Assert.True(first.Accepted, Describe(first));
        Assert.True(second.Accepted, Describe(second));
    }

    [Fact]
    public async Task A_client_that_turns_anonymous_submissions_off_requires_the_user_id()
    {
        var client = await ShopAsync("p1");
        await domain.Grains.GetGrain<IClientGrain>(client).UpdateAsync(new ClientUpdate(null, null, null, AnonymousSubmissions: false));

        var outcome = await ReviewAsync(client, "p1", nickname: "Margaret", text: Text, fp: "device-f", ip: null);

        Assert.Contains(outcome.Errors, e => e.Code == SubmissionErrorCodes.MissingUserId);
        Assert.Contains(outcome.FieldErrors, e => e.Field == "userid" && e.Code == SubmissionErrorCodes.FormRequired);
        Assert.True((await WritePath.GetFormAsync(client, SubmissionFormKind.Review)).Field("userid")!.Required);
        Assert.Null(outcome.Acknowledgement);
    }

    [Fact]
    public async Task A_preview_validates_the_target_and_stores_nothing()
    {
        var client = await ShopAsync("p1");

        var unknown = await WritePath.SubmitAsync(Request(client, SubmissionFormKind.Review, store: false, ("ProductId", "nope"), ("Rating", "4"),
            ("UserNickname", "Previewer"), ("ReviewText", Text)));
        var preview = await WritePath.SubmitAsync(Request(client, SubmissionFormKind.Review, store: false, ("ProductId", "p1"), ("Rating", "4"),
            ("UserNickname", "Previewer"), ("ReviewText", Text), ("UserId", "previewer")));

        Assert.Equal(SubmissionErrorCodes.InvalidParameters, Assert.Single(unknown.Errors).Code);
        Assert.True(preview.Accepted, Describe(preview));
        Assert.Null(preview.Acknowledgement);
        Assert.Equal("4", preview.Values["rating"]);
        Assert.Null(await domain.Grains.GetGrain<Contracts.Shoppers.IShopperGrain>($"{client}/previewer").GetAsync());
    }

    [Fact]
    public async Task Short_identical_texts_are_honest_agreement_and_long_ones_a_duplicate()
    {
        var client = await ShopAsync("p1", "p2", "p3", "p4");

        var shortFirst = await domain.TrySubmitReviewAsync(client, "p1", "short1", 5, "Works great, love it!");
        var shortSecond = await domain.TrySubmitReviewAsync(client, "p2", "short2", 5, "works great... love it");
        var longFirst = await domain.TrySubmitReviewAsync(client, "p3", "long1", 5, Text);
        var longSecond = await domain.TrySubmitReviewAsync(client, "p4", "long2", 5, Text.ToUpperInvariant());

        Assert.True(shortFirst.Accepted && shortSecond.Accepted && longFirst.Accepted, Describe(shortSecond));
        Assert.Equal(("reviewtext", SubmissionErrorCodes.FormDuplicate), (Assert.Single(longSecond.FieldErrors).Field, longSecond.FieldErrors[0].Code));
    }

    [Fact]
    public async Task Anonymous_helpfulness_votes_count_once_per_device()
    {
        var client = await ShopAsync("p1");
        await domain.Grains.GetGrain<IClientGrain>(client).SetModerationAsync(ModerationSettings.Default with { Models = [] });
        var review = await domain.SubmitReviewAsync(client, "p1", "writer", 5, Text);
        Assert.Equal(ContentStatus.Approved, (await domain.DecidedAsync(review)).Status);

        SubmissionRequest Vote(string fp) => Request(client, SubmissionFormKind.Feedback, store: true,
            ("ContentType", "review"), ("ContentId", review), ("FeedbackType", "helpfulness"), ("Vote", "positive"), ("fp", fp));
        var first = await WritePath.SubmitAsync(Vote("voter-device"));
        var repeated = await WritePath.SubmitAsync(Vote("voter-device"));
        var other = await WritePath.SubmitAsync(Vote("other-device"));

        Assert.True(first.Accepted && other.Accepted, Describe(first) + Describe(other));
        Assert.Equal(SubmissionErrorCodes.DuplicateSubmission, Assert.Single(repeated.Errors).Code);
        Assert.Equal(2, (await domain.Grains.GetGrain<IContentGrain>(review).GetAsync())!.Document.PositiveFeedback);
    }

    private async Task<string> ShopAsync(params string[] products)
    {
        var client = await domain.CreateClientAsync("shop", ClientKind.Retailer);
        foreach (var product in products)
        {
            await domain.AddProductAsync(client, product);
        }

        return client;
    }

    private Task<SubmissionOutcome> ReviewAsync(string client, string product, string nickname, string text, string? fp, string? ip)
    {
        var fields = new List<(string, string)>
        {
            ("ProductId", product), ("UserNickname", nickname), ("Title", "A kettle"), ("ReviewText", text), ("Rating", "5"), ("Locale", "en_US"),
            ("AgreedToTermsAndConditions", "true"), ("CampaignId", "plugin"),
        };
        if (fp is not null)
        {
            fields.Add(("fp", fp));
        }

        return WritePath.SubmitAsync(Request(client, SubmissionFormKind.Review, store: true, [.. fields]) with { AuthorAddress = ip });
    }

    private static SubmissionRequest Request(string client, SubmissionFormKind kind, bool store, params (string Name, string Value)[] fields) =>
        new(client, kind, store, fields.ToDictionary(f => f.Name, f => (IReadOnlyList<string>)[f.Value]), AuthorAddress: null);

    private static string Describe(SubmissionOutcome outcome) =>
        string.Join("; ", outcome.Errors.Select(e => $"{e.Code} {e.Message}").Concat(outcome.FieldErrors.Select(e => $"{e.Field} {e.Code} {e.Message}")));
}
