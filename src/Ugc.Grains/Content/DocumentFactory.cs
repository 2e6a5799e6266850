using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Contracts.Submissions;

namespace Ugc.Grains.Content;

/// <summary>Turns a submission into the document reads will see (never copying the e-mail).</summary>
public static class DocumentFactory
{
    /// <summary>Context-data dimension by which clients mark incentivized reviews.</summary>
    public const string IncentivizedDimension = "IncentivizedReview";

    public static ContentDocument Create(ContentSubmission s, string productId)
    {
        var author = s.Author;
        var extras = s.Review?.Extras ?? s.Question?.Extras ?? s.Answer?.Extras ?? s.Comment?.Extras
            ?? new SubmissionExtras(null, null, null, new Dictionary<string, string>(), new Dictionary<string, string>(), []);
        return new ContentDocument
        {
            Id = s.ContentId,
            Type = s.Type,
            ClientId = s.ClientId,
            SourceClient = s.ClientId,
            ProductId = productId,
            QuestionId = s.Answer?.QuestionId,
            ReviewId = s.Comment?.ReviewId,
            AuthorId = author.UserId,
            UserNickname = author.UserNickname,
            UserLocation = author.UserLocation,
            ContentLocale = extras.Locale,
            CampaignId = extras.CampaignId,
            SubmissionTime = s.AcknowledgedAt,
            LastModificationTime = s.AcknowledgedAt,
            Rating = s.Review?.Rating,
            Title = s.Review?.Title ?? s.Comment?.Title,
            Text = s.Review?.ReviewText ?? s.Question?.QuestionSummary ?? s.Answer?.AnswerText ?? s.Comment?.CommentText,
            Details = s.Question?.QuestionDetails,
            IsRecommended = s.Review?.IsRecommended,
            SecondaryRatings = s.Review?.SecondaryRatings ?? new Dictionary<string, int>(),
            Tags = s.Review?.Tags ?? new Dictionary<string, IReadOnlyList<string>>(),
            ContextDataValues = extras.ContextDataValues,
            AdditionalFields = extras.AdditionalFields,
            Photos = extras.Photos,
            IsIncentivized = extras.ContextDataValues.TryGetValue(IncentivizedDimension, out var incentivized)
                && incentivized.Equals("true", StringComparison.OrdinalIgnoreCase),
        };
    }

    /// <summary>The texts moderation reads, by field name.</summary>
    public static Dictionary<string, string?> Fields(ContentDocument d) => d.Type switch
    {
        ContentType.Reviews => new() { ["title"] = d.Title, ["reviewtext"] = d.Text, ["usernickname"] = d.UserNickname },
        ContentType.Questions => new() { ["questionsummary"] = d.Text, ["questiondetails"] = d.Details, ["usernickname"] = d.UserNickname },
        ContentType.Answers => new() { ["answertext"] = d.Text, ["usernickname"] = d.UserNickname },
        _ => new() { ["title"] = d.Title, ["commenttext"] = d.Text, ["usernickname"] = d.UserNickname },
    };

    /// <summary>All the text of a document, for the classifiers.</summary>
    public static string Text(ContentDocument d) => string.Join("\n", new[] { d.Title, d.Text, d.Details }.Where(t => !string.IsNullOrWhiteSpace(t)));
}
