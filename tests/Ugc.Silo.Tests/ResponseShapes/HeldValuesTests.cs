using System.Globalization;
using System.Text.Json;

namespace Ugc.Silo.Tests.ResponseShapes;

/// <summary>The fields whose values the platform holds are filled, not just present.</summary>
[Collection(ResponseShapeCollection.Name)]
public sealed class HeldValuesTests
{
    private readonly ResponseShapeHost _host;

    public HeldValuesTests(ResponseShapeHost host) => _host = host;

    private async Task<JsonElement> FirstResultAsync(Func<ResponseShapeHost.Seed, string> query)
    {
        var seed = await _host.SeedAsync();
        var page = await _host.GetAsync(query(seed));
        Assert.False(page.GetProperty("HasErrors").GetBoolean(), page.ToString());
        return page.GetProperty("Results")[0];
    }

    private static Dictionary<string, int> Counts(JsonElement distribution) =>
        distribution.GetProperty("Values").EnumerateArray().ToDictionary(v => v.GetProperty("Value").ToString(), v => v.GetProperty("Count").GetInt32());

    private static string[] Strings(JsonElement list) => [.. list.EnumerateArray().Select(e => e.GetString()!)];

    private static string[] Keys(JsonElement map) => [.. map.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public async Task Product_counts_its_questions_and_answers_without_stats()
    {
        var product = await FirstResultAsync(s => $"/data/products.json?passkey={s.Display}&Filter=Id:{ResponseShapeHost.Product}");

        Assert.Equal(1, product.GetProperty("TotalQuestionCount").GetInt32());
        Assert.Equal(1, product.GetProperty("TotalAnswerCount").GetInt32());
        Assert.Equal("Acme", product.GetProperty("BrandExternalId").GetString());
        Assert.Equal(JsonValueKind.Null, product.GetProperty("QAStatistics").ValueKind);
    }

    [Fact]
    public async Task Review_statistics_carry_tag_context_data_and_secondary_rating_distributions_with_their_orders()
    {
        var stats = (await FirstResultAsync(s => $"/data/products.json?passkey={s.Display}&Filter=Id:{ResponseShapeHost.Product}&Stats=Reviews"))
            .GetProperty("ReviewStatistics");

        Assert.Equal(["Pro"], Strings(stats.GetProperty("TagDistributionOrder")));
        Assert.Equal(new Dictionary<string, int> { ["Light"] = 1, ["Warm"] = 1 }, Counts(stats.GetProperty("TagDistribution").GetProperty("Pro")));
        Assert.Equal(Keys(stats.GetProperty("ContextDataDistribution")), Strings(stats.GetProperty("ContextDataDistributionOrder")));
        Assert.Equal(["Age", "IncentivizedReview"], Strings(stats.GetProperty("ContextDataDistributionOrder")).Order());
        Assert.Equal(new Dictionary<string, int> { ["25to34"] = 1 }, Counts(stats.GetProperty("ContextDataDistribution").GetProperty("Age")));
        Assert.Equal(["Quality"], Strings(stats.GetProperty("SecondaryRatingsAveragesOrder")));
        Assert.Equal(4.0, stats.GetProperty("SecondaryRatingsAverages").GetProperty("Quality").GetProperty("AverageRating").GetDouble());
        Assert.Equal(new Dictionary<string, int> { ["4"] = 1 }, Counts(stats.GetProperty("SecondaryRatingsDistribution").GetProperty("Quality")));
        Assert.Equal(1, stats.GetProperty("HelpfulVoteCount").GetInt32());
    }

    [Fact]
    public async Task QA_statistics_carry_context_data_distribution_and_the_latest_question_or_answer_time()
    {
        var qa = (await FirstResultAsync(s => $"/data/statistics.json?passkey={s.Display}&Filter=ProductId:{ResponseShapeHost.Product}&Stats=Questions"))
            .GetProperty("ProductStatistics").GetProperty("QAStatistics");

        Assert.Equal((1, 1), (qa.GetProperty("TotalQuestionCount").GetInt32(), qa.GetProperty("TotalAnswerCount").GetInt32()));
        Assert.Equal(new Dictionary<string, int> { ["Hiker"] = 1 }, Counts(qa.GetProperty("ContextDataDistribution").GetProperty("Expertise")));
        var lastQuestion = DateTimeOffset.Parse(qa.GetProperty("LastQuestionTime").GetString()!, CultureInfo.InvariantCulture);
        var lastAnswer = DateTimeOffset.Parse(qa.GetProperty("LastAnswerTime").GetString()!, CultureInfo.InvariantCulture);
        Assert.Equal(lastQuestion > lastAnswer ? lastQuestion : lastAnswer,
            DateTimeOffset.Parse(qa.GetProperty("LastQuestionAnswerTime").GetString()!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Question_carries_the_category_of_its_product()
    {
        var question = await FirstResultAsync(s => $"/data/questions.json?passkey={s.Display}&Filter=Id:{s.Question}");

        Assert.Equal(ResponseShapeHost.Category, question.GetProperty("CategoryId").GetString());
    }

    [Fact]
    public async Task Context_data_value_is_keyed_and_identified_by_its_dimension()
    {
        var review = await FirstResultAsync(s => $"/data/reviews.json?passkey={s.Display}&Filter=Id:{s.Review}");

        var age = review.GetProperty("ContextDataValues").GetProperty("Age");
        Assert.Equal(("Age", "25to34", "Age"), (age.GetProperty("Id").GetString(), age.GetProperty("Value").GetString(), age.GetProperty("DimensionLabel").GetString()));
    }

    [Fact]
    public async Task Author_counts_its_content()
    {
        var author = await FirstResultAsync(s => $"/data/authors.json?passkey={s.Display}&Filter=Id:{s.Author}");

        Assert.Equal(1, author.GetProperty("TotalReviewCount").GetInt32());
        Assert.Equal(0, author.GetProperty("TotalCommentCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, author.GetProperty("ReviewStatistics").ValueKind);
    }

    [Fact]
    public async Task Submission_echo_carries_the_accepted_values_and_the_receipt()
    {
        var seed = await _host.SeedAsync();

        var response = seed.Submissions["Review"];
        var review = response.GetProperty("Review");
        Assert.Equal(response.GetProperty("SubmissionId").GetString(), review.GetProperty("SubmissionId").GetString());
        Assert.Equal(response.GetProperty("TypicalHoursToPost").GetInt32(), review.GetProperty("TypicalHoursToPost").GetInt32());
        Assert.Equal((4, "Warm and dry", true), (review.GetProperty("Rating").GetInt32(), review.GetProperty("Title").GetString(), review.GetProperty("IsRecommended").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, review.GetProperty("Id").ValueKind);
        var vote = seed.Submissions["Feedback"].GetProperty("Feedback");
        Assert.Equal("POSITIVE", vote.GetProperty("Helpfulness").GetProperty("Vote").GetString());
        Assert.Equal(JsonValueKind.Null, vote.GetProperty("Inappropriate").ValueKind);
        var report = seed.Submissions["InappropriateFeedback"].GetProperty("Feedback").GetProperty("Inappropriate");
        Assert.Equal("Off topic.", report.GetProperty("ReasonText").GetString());
    }
}
