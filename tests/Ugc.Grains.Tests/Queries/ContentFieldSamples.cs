using System.Globalization;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Contracts.Submissions;
using Ugc.Grains.Queries;

namespace Ugc.Grains.Tests.Queries;

/// <summary>A low and a high value (and, where it can be absent, none) of every content field, per content type.</summary>
internal static class ContentFieldSamples
{
    public static readonly DateTimeOffset T0 = new(2026, 5, 27, 18, 0, 0, TimeSpan.Zero);

    public static Dictionary<string, FieldSample<ContentItem>> For(ContentType type)
    {
        var samples = new Dictionary<string, FieldSample<ContentItem>>(StringComparer.Ordinal)
        {
            ["Id"] = Doc(type, d => d with { Id = "alpha" }, d => d with { Id = "Beta" }, "alpha", "Beta", missing: false),
            ["SubmissionId"] = Doc(type, d => d with { Id = "alpha" }, d => d with { Id = "Beta" }, "alpha", "Beta", missing: false),
            ["ProductId"] = Doc(type, d => d with { ProductId = "alpha" }, d => d with { ProductId = "Beta" }, "alpha", "Beta", missing: false),
            ["CategoryId"] = Doc(type, d => d with { CategoryId = "alpha" }, d => d with { CategoryId = "Beta" }, "alpha", "Beta"),
            ["AuthorId"] = Doc(type, d => d with { AuthorId = "alpha" }, d => d with { AuthorId = "Beta" }, "alpha", "Beta", missing: false),
            ["CampaignId"] = Doc(type, d => d with { CampaignId = "alpha" }, d => d with { CampaignId = "Beta" }, "alpha", "Beta"),
            ["ContentLocale"] = Doc(type, d => d with { ContentLocale = "de_DE" }, d => d with { ContentLocale = "en_US" }, "de_DE", "en_US"),
            ["UserLocation"] = Doc(type, d => d with { UserLocation = "alpha" }, d => d with { UserLocation = "Beta" }, "alpha", "Beta"),
            ["SubmissionTime"] = Doc(type, d => d with { SubmissionTime = T0 }, d => d with { SubmissionTime = T0.AddHours(1) }, Epoch(T0), Epoch(T0.AddHours(1)), missing: false),
            ["LastModificationTime"] = Doc(type, d => d with { LastModificationTime = T0 }, d => d with { LastModificationTime = T0.AddHours(1) },
                Epoch(T0), Epoch(T0.AddHours(1)), missing: false),
            ["LastModeratedTime"] = Doc(type, d => d with { LastModeratedTime = T0 }, d => d with { LastModeratedTime = T0.AddHours(1) }, Epoch(T0), Epoch(T0.AddHours(1))),
            ["IsFeatured"] = Doc(type, d => d with { IsFeatured = false }, d => d with { IsFeatured = true }, "false", "true", missing: false),
            ["IsSyndicated"] = Doc(type, d => d with { IsSyndicated = false }, d => d with { IsSyndicated = true }, "false", "true", missing: false),
            ["HasPhotos"] = Doc(type, d => d, d => d with { Photos = [new PhotoSubmission(0, "https://img.example.com/1.jpg", null)] }, "false", "true", missing: false),
            ["Helpfulness"] = Doc(type, d => d with { PositiveFeedback = 1, NegativeFeedback = 3 }, d => d with { PositiveFeedback = 3, NegativeFeedback = 1 }, "0.25", "0.75"),
            ["TotalFeedbackCount"] = Doc(type, d => d with { PositiveFeedback = 1 }, d => d with { PositiveFeedback = 2, NegativeFeedback = 1 }, "1", "3", missing: false),
            ["TotalPositiveFeedbackCount"] = Doc(type, d => d with { PositiveFeedback = 1 }, d => d with { PositiveFeedback = 2 }, "1", "2", missing: false),
            ["TotalNegativeFeedbackCount"] = Doc(type, d => d, d => d with { NegativeFeedback = 1 }, "0", "1", missing: false),
        };

        switch (type)
        {
            case ContentType.Reviews:
                samples["Rating"] = Doc(type, d => d with { Rating = 2 }, d => d with { Rating = 4 }, "2", "4");
                samples["IsRatingsOnly"] = Doc(type, d => d with { Text = new string('w', 60) }, d => d with { Text = "Short." }, "false", "true", missing: false);
                samples["IsRecommended"] = Doc(type, d => d with { IsRecommended = false }, d => d with { IsRecommended = true }, "false", "true");
                samples["HasComments"] = Children(type, ContentChildren.None, new(1, 0, T0), "false", "true", missing: false);
                samples["TotalCommentCount"] = Children(type, new(1, 0, T0), new(2, 0, T0), "1", "2", missing: false);
                break;
            case ContentType.Questions:
                samples["HasAnswers"] = Children(type, ContentChildren.None, new(1, 0, T0), "false", "true", missing: false);
                samples["HasBestAnswer"] = Children(type, new(2, 0, T0), new(2, 1, T0), "false", "true", missing: false);
                samples["TotalAnswerCount"] = Children(type, new(1, 0, T0), new(2, 0, T0), "1", "2", missing: false);
                samples["LastApprovedAnswerSubmissionTime"] = Children(type, new(1, 0, T0), new(1, 0, T0.AddHours(1)), Epoch(T0), Epoch(T0.AddHours(1)), missing: true);
                break;
            case ContentType.Answers:
                samples["QuestionId"] = Doc(type, d => d with { QuestionId = "alpha" }, d => d with { QuestionId = "Beta" }, "alpha", "Beta");
                samples["IsBestAnswer"] = Doc(type, d => d with { IsBestAnswer = false }, d => d with { IsBestAnswer = true }, "false", "true", missing: false);
                samples["IsBrandAnswer"] = Doc(type, d => d with { IsBrandAnswer = false }, d => d with { IsBrandAnswer = true }, "false", "true", missing: false);
                break;
            case ContentType.ReviewComments:
                samples["ReviewId"] = Doc(type, d => d with { ReviewId = "alpha" }, d => d with { ReviewId = "Beta" }, "alpha", "Beta");
                break;
        }

        return samples;
    }

    /// <summary>A document of <paramref name="type"/> with every optional member unset.</summary>
    public static ContentDocument Base(ContentType type, string id) => new()
    {
        Id = id, Type = type, ClientId = "client", SourceClient = "client", ProductId = "product", AuthorId = "author", SubmissionTime = T0.AddDays(-1),
    };

    public static string Epoch(DateTimeOffset time) => time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static FieldSample<ContentItem> Doc(
        ContentType type, Func<ContentDocument, ContentDocument> low, Func<ContentDocument, ContentDocument> high, string lowText, string highText,
        bool missing = true) =>
        new(Item(low(Base(type, "doc-low"))), Item(high(Base(type, "doc-high"))), lowText, highText, missing ? [Item(Base(type, "doc-none"))] : []);

    private static FieldSample<ContentItem> Children(ContentType type, ContentChildren low, ContentChildren high, string lowText, string highText, bool missing) =>
        new(new(Base(type, "doc-low"), low), new(Base(type, "doc-high"), high), lowText, highText,
            missing ? [new(Base(type, "doc-none"), ContentChildren.None)] : []);

    private static ContentItem Item(ContentDocument document) => new(document, ContentChildren.None);
}
