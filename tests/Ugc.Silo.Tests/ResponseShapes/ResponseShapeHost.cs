using System.Net.Http.Json;
using System.Text.Json;
using Ugc.Silo.Tests.Api;
using Ugc.Silo.Tests.Infrastructure;
using Ugc.Testing;

namespace Ugc.Silo.Tests.ResponseShapes;

/// <summary>
/// A host holding one of everything the content API shows: a brand with a product in a category, a review with
/// secondary ratings, tags, context data, an additional field, a photo, a badge, a comment, a helpful vote and a brand
/// response; a question with an answer; the review syndicated to a retailer. Seeds once and keeps every submission
/// response it got.
/// </summary>
public sealed class ResponseShapeHost : UgcApiFactory
{
    public const string Product = "boots";
    public const string Category = "footwear";
    public const string RetailerProduct = "sku-1";

    private readonly Lock _lock = new();
    private Task<Seed>? _seed;

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [.. base.Settings, new("Ugc:Gateway:KeyPermitLimit", "1000000"), new("Ugc:Gateway:IpPermitLimit", "1000000")];

    /// <summary>What the seed created, and the submission responses it received by name.</summary>
    public sealed record Seed(
        string Display, string RetailerDisplay, string Review, string Question, string Answer, string Comment, string Author,
        IReadOnlyDictionary<string, JsonElement> Submissions);

    /// <summary>Seeds once; every test sees the same outcome (the first failure included).</summary>
    public Task<Seed> SeedAsync()
    {
        lock (_lock)
        {
            return _seed ??= CreateAsync();
        }
    }

    public async Task<JsonElement> GetAsync(string pathAndQuery)
    {
        using var http = CreateClient();
        return await JsonAsync(await http.GetAsync(pathAndQuery));
    }

    private async Task<Seed> CreateAsync()
    {
        const string gtin = "00012345678905";
        var (display, full) = await TenantAsync("rs-brand", "brand", new
        {
            id = Product, name = "Trail boots", brand = "Acme", categoryId = Category, gtins = new[] { gtin },
            imageUrl = "https://img.example.com/boots.jpg", productPageUrl = "https://shop.example.com/boots", description = "Waterproof leather boots.",
        });
        var (retailerDisplay, _) = await TenantAsync("rs-shop", "retailer", new { id = RetailerProduct, name = "Boots at Shop", gtins = new[] { gtin } });
        using (var admin = Admin())
        {
            (await admin.PostAsJsonAsync("/admin/syndication", new { from = "rs-brand", to = "rs-shop" })).EnsureSuccessStatusCode();
        }

        var submissions = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var review = await SubmitAsync(submissions, "Review", full, "submitreview", new()
        {
            ["ProductId"] = Product, ["Rating"] = "4", ["Title"] = "Warm and dry",
            ["ReviewText"] = "These boots kept my feet warm and dry on a wet three-day hike, and the soles grip well on rock.",
            ["IsRecommended"] = "true", ["rating_Quality"] = "4", ["contextdatavalue_Age"] = "25to34",
            ["contextdatavalue_IncentivizedReview"] = "true", ["tag_Pro_0"] = "Warm", ["tag_Pro_1"] = "Light",
            ["additionalfield_Fit"] = "True to size", ["photourl_0"] = "https://img.example.com/review-boots.jpg",
            ["photocaption_0"] = "On the trail", ["campaignid"] = "spring", ["UserLocation"] = "Denver", ["Locale"] = "en_US",
        });
        var question = await SubmitAsync(submissions, "Question", full, "submitquestion", new()
        {
            ["ProductId"] = Product, ["QuestionSummary"] = "Do these run large?", ["QuestionDetails"] = "I wear a 10 in most brands.",
            ["contextdatavalue_Expertise"] = "Hiker",
        });
        await ApproveAsync(review, question);

        var answer = await SubmitAsync(submissions, "Answer", full, "submitanswer", new()
        {
            ["QuestionId"] = question, ["AnswerText"] = "They run true to size; I wear a 10 in these as well.",
        });
        var comment = await SubmitAsync(submissions, "Comment", full, "submitreviewcomment", new()
        {
            ["ReviewId"] = review, ["Title"] = "Agreed", ["CommentText"] = "Same experience here on a rainy weekend.",
        });
        await SubmitAsync(submissions, "Feedback", full, "submitfeedback", new()
        {
            ["ContentType"] = "review", ["ContentId"] = review, ["FeedbackType"] = "helpfulness", ["Vote"] = "positive",
        });
        // Previewed only: a report would count against the review.
        await SubmitAsync(submissions, "InappropriateFeedback", full, "submitfeedback", new()
        {
            ["ContentType"] = "question", ["ContentId"] = question, ["FeedbackType"] = "inappropriate", ["ReasonText"] = "Off topic.",
        }, action: "Preview");
        await ApproveAsync(answer, comment);
        using (var admin = Admin())
        {
            (await admin.PostAsJsonAsync($"/admin/content/{review}/responses",
                new { name = "Acme", department = "Customer care", response = "Thanks for hiking with us!" })).EnsureSuccessStatusCode();
        }

        using var http = CreateClient();
        submissions["Form"] = await JsonAsync(await http.GetAsync($"/data/submitfeedback.json?passkey={full}"));
        submissions["FieldError"] = await JsonAsync(await http.PostAsync($"/data/submitreview.json?passkey={full}", Form(new()
        {
            ["Action"] = "Preview", ["ProductId"] = Product, ["Rating"] = "7", ["UserId"] = "rs-preview", ["UserNickname"] = "previewer",
        })));

        await VisibleAsync($"/data/reviews.json?passkey={display}&Filter=Id:{review}",
            r => r.GetProperty("TotalCommentCount").GetInt32() == 1 && r.GetProperty("TotalClientResponseCount").GetInt32() == 1
                && r.GetProperty("TotalPositiveFeedbackCount").GetInt32() == 1,
            "the review shows its comment, brand response and helpful vote");
        await VisibleAsync($"/data/questions.json?passkey={display}&Filter=Id:{question}",
            q => q.GetProperty("TotalAnswerCount").GetInt32() == 1, "the question shows its answer");
        await VisibleAsync($"/data/reviews.json?passkey={retailerDisplay}&Filter=ProductId:{RetailerProduct}",
            r => r.GetProperty("IsSyndicated").GetBoolean(), "the review is syndicated to the retailer");
        return new Seed(display, retailerDisplay, review, question, answer, comment, "rs-user-review", submissions);
    }

    private async Task<string> SubmitAsync(
        Dictionary<string, JsonElement> submissions, string name, string key, string form, Dictionary<string, string> fields, string action = "Submit")
    {
        var user = "rs-user-" + name.ToLowerInvariant();
        fields["Action"] = action;
        fields["UserId"] = user;
        fields["UserNickname"] = user;
        fields["UserEmail"] = user + "@example.com";
        fields["fp"] = "rs-device-" + name;
        using var http = CreateClient();
        var response = await JsonAsync(await http.PostAsync($"/data/{form}.json?passkey={key}", Form(fields)));
        Assert.False(response.GetProperty("HasErrors").GetBoolean(), $"{name} submission: {response}");
        submissions[name] = response;
        return response.GetProperty("SubmissionId").GetString() ?? "";
    }

    /// <summary>Waits for moderation of each submission and approves what the models held for a human.</summary>
    private async Task ApproveAsync(params string[] ids)
    {
        using var moderator = Admin();
        foreach (var id in ids)
        {
            var status = "";
            await Poll.UntilAsync(async () =>
            {
                var content = await JsonAsync(await moderator.GetAsync($"/admin/content/{id}"));
                // Until the submission is moderated the answer is a 404 ProblemDetails, whose "status" is a number.
                status = content.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "";
                return status is "Approved" or "Held" or "Rejected";
            }, $"submission {id} is moderated", TimeSpan.FromSeconds(30));
            Assert.NotEqual("Rejected", status);
            if (status == "Held")
            {
                (await moderator.PostAsJsonAsync($"/admin/content/{id}/decision", new { decision = "approve", reason = "test seed" })).EnsureSuccessStatusCode();
            }
        }
    }

    private async Task VisibleAsync(string query, Func<JsonElement, bool> ready, string what)
    {
        JsonElement last = default;
        try
        {
            await Poll.UntilAsync(async () =>
            {
                last = await GetAsync(query);
                return last.GetProperty("Results") is { ValueKind: JsonValueKind.Array } results && results.GetArrayLength() > 0 && ready(results[0]);
            }, what, TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message} Last page: {last}", timeout);
        }
    }

    private static FormUrlEncodedContent Form(Dictionary<string, string> fields) => new(fields);
}
