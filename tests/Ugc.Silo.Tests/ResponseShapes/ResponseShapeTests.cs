using System.Text.Json;

namespace Ugc.Silo.Tests.ResponseShapes;

/// <summary>
/// Every object the content API returns, taken from real responses of the host and checked against the field set
/// documented in <c>docs/API-FIELDS.md</c>.
/// </summary>
[Collection(ResponseShapeCollection.Name)]
public sealed class ResponseShapeTests
{
    private const string ReviewPage = "/data/reviews.json?passkey={display}&Filter=Id:{review}&Include=Products,Authors,Comments,Categories&Stats=Reviews";
    private const string QuestionPage = "/data/questions.json?passkey={display}&Filter=Id:{question}&Include=Answers";
    private const string ProductPage = "/data/products.json?passkey={display}&Filter=Id:boots&Stats=Reviews,NativeReviews,Questions&FilteredStats=Reviews";
    private const string AuthorPage = "/data/authors.json?passkey={display}&Filter=Id:{author}&Stats=Reviews,Questions";
    private const string StatisticsPage = "/data/statistics.json?passkey={display}&Filter=ProductId:boots&Stats=Reviews,NativeReviews,Questions";
    private const string SyndicatedPage = "/data/reviews.json?passkey={retailer}&Filter=ProductId:sku-1";

    /// <summary>Where a real instance of each documented object is found: a display query or a submission, and a path in it.</summary>
    private static readonly Dictionary<string, (string Source, string Path)> Instances = new(StringComparer.Ordinal)
    {
        ["DisplayEnvelope"] = (ReviewPage, ""),
        ["ErrorEnvelope"] = ("/data/reviews.json?passkey=nope", ""),
        ["Error"] = ("/data/reviews.json?passkey={display}&Filter=Nope:1", "Errors[0]"),
        ["Review"] = (ReviewPage, "Results[0]"),
        ["Question"] = (QuestionPage, "Results[0]"),
        ["Answer"] = ("/data/answers.json?passkey={display}&Filter=Id:{answer}", "Results[0]"),
        ["Comment"] = ("/data/reviewcomments.json?passkey={display}&Filter=Id:{comment}", "Results[0]"),
        ["Product"] = (ProductPage, "Results[0]"),
        ["Category"] = ("/data/categories.json?passkey={display}&Filter=Id:footwear", "Results[0]"),
        ["Author"] = (AuthorPage, "Results[0]"),
        ["ReviewStatistics"] = (ProductPage, "Results[0].ReviewStatistics"),
        ["QAStatistics"] = (ProductPage, "Results[0].QAStatistics"),
        ["Statistics"] = (StatisticsPage, "Results[0]"),
        ["ProductStatistics"] = (StatisticsPage, "Results[0].ProductStatistics"),
        ["Badge"] = (ReviewPage, "Results[0].Badges.incentivizedReview"),
        ["SecondaryRating"] = (ReviewPage, "Results[0].SecondaryRatings.Quality"),
        ["ContextDataValue"] = (ReviewPage, "Results[0].ContextDataValues.Age"),
        ["TagDimension"] = (ReviewPage, "Results[0].TagDimensions.Pro"),
        ["AdditionalField"] = (ReviewPage, "Results[0].AdditionalFields.Fit"),
        ["Photo"] = (ReviewPage, "Results[0].Photos[0]"),
        ["PhotoSize"] = (ReviewPage, "Results[0].Photos[0].Sizes.normal"),
        ["ClientResponse"] = (ReviewPage, "Results[0].ClientResponses[0]"),
        ["SyndicationSource"] = (SyndicatedPage, "Results[0].SyndicationSource"),
        ["Brand"] = (ProductPage, "Results[0].Brand"),
        ["RatingDistribution"] = (ProductPage, "Results[0].ReviewStatistics.RatingDistribution[0]"),
        ["SecondaryRatingAverage"] = (ProductPage, "Results[0].ReviewStatistics.SecondaryRatingsAverages.Quality"),
        ["SecondaryRatingDistribution"] = (ProductPage, "Results[0].ReviewStatistics.SecondaryRatingsDistribution.Quality"),
        ["SecondaryRatingDistributionValue"] = (ProductPage, "Results[0].ReviewStatistics.SecondaryRatingsDistribution.Quality.Values[0]"),
        ["Distribution"] = (ProductPage, "Results[0].ReviewStatistics.TagDistribution.Pro"),
        ["DistributionValue"] = (ProductPage, "Results[0].ReviewStatistics.ContextDataDistribution.Age.Values[0]"),
        ["ReviewSubmissionResponse"] = ("submission:Review", ""),
        ["QuestionSubmissionResponse"] = ("submission:Question", ""),
        ["AnswerSubmissionResponse"] = ("submission:Answer", ""),
        ["CommentSubmissionResponse"] = ("submission:Comment", ""),
        ["FeedbackSubmissionResponse"] = ("submission:Feedback", ""),
        ["SubmittedReview"] = ("submission:Review", "Review"),
        ["SubmittedQuestion"] = ("submission:Question", "Question"),
        ["SubmittedAnswer"] = ("submission:Answer", "Answer"),
        ["SubmittedComment"] = ("submission:Comment", "Comment"),
        ["SubmittedFeedback"] = ("submission:Feedback", "Feedback"),
        ["HelpfulnessFeedback"] = ("submission:Feedback", "Feedback.Helpfulness"),
        ["InappropriateFeedback"] = ("submission:InappropriateFeedback", "Feedback.Inappropriate"),
        ["FormData"] = ("submission:Form", "Data"),
        ["FormField"] = ("submission:Form", "Data.Fields.feedbacktype"),
        ["FormFieldOption"] = ("submission:Form", "Data.Fields.feedbacktype.Options[0]"),
        ["FormEntry"] = ("submission:Form", "Form[0]"),
        ["FormErrors"] = ("submission:FieldError", "FormErrors"),
        ["FieldError"] = ("submission:FieldError", "FormErrors.FieldErrors.rating"),
    };

    private readonly ResponseShapeHost _host;

    public ResponseShapeTests(ResponseShapeHost host) => _host = host;

    public static TheoryData<string> ProducedObjects => [.. Instances.Keys];

    [Theory]
    [MemberData(nameof(ProducedObjects))]
    public async Task Real_response_object_has_exactly_the_documented_fields(string section)
    {
        var (source, path) = Instances[section];
        var instance = await InstanceAsync(source, path);

        var problems = FieldSetChecker.Check(section, instance, string.IsNullOrEmpty(path) ? "$" : "$." + path);

        Assert.True(problems.Count == 0, $"{section} from {source}:\n{string.Join("\n", problems)}\n{instance}");
    }

    [Fact]
    public void Every_documented_object_is_checked_against_a_real_response()
    {
        var unverified = DocumentedFields.All.Values.Where(o => o.Standalone && !Instances.ContainsKey(o.Name)).Select(o => o.Name).ToList();
        var unknown = Instances.Keys.Where(k => !DocumentedFields.All.ContainsKey(k)).ToList();

        Assert.True(unverified.Count == 0, $"Documented objects no test takes from a real response: {string.Join(", ", unverified)}");
        Assert.True(unknown.Count == 0, $"Objects checked but not documented: {string.Join(", ", unknown)}");
    }

    [Fact]
    public async Task Missing_field_is_reported_by_name()
    {
        var review = await InstanceAsync(ReviewPage, "Results[0]");
        var trimmed = JsonSerializer.SerializeToElement(
            review.EnumerateObject().Where(p => p.Name != "TagDimensionsOrder").ToDictionary(p => p.Name, p => p.Value));

        var problems = FieldSetChecker.Check("Review", trimmed);

        var problem = Assert.Single(problems);
        Assert.Contains("Review lacks documented fields TagDimensionsOrder", problem, StringComparison.Ordinal);
    }

    private async Task<JsonElement> InstanceAsync(string source, string path)
    {
        var seed = await _host.SeedAsync();
        JsonElement root;
        if (source.StartsWith("submission:", StringComparison.Ordinal))
        {
            root = seed.Submissions[source["submission:".Length..]];
        }
        else
        {
            root = await _host.GetAsync(source
                .Replace("{display}", seed.Display, StringComparison.Ordinal).Replace("{retailer}", seed.RetailerDisplay, StringComparison.Ordinal)
                .Replace("{review}", seed.Review, StringComparison.Ordinal).Replace("{question}", seed.Question, StringComparison.Ordinal)
                .Replace("{answer}", seed.Answer, StringComparison.Ordinal).Replace("{comment}", seed.Comment, StringComparison.Ordinal)
                .Replace("{author}", seed.Author, StringComparison.Ordinal));
        }

        return JsonPath.Select(root, path);
    }
}
