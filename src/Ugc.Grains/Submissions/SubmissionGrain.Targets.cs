using Ugc.Contracts.Catalog;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Contracts.Submissions;

namespace Ugc.Grains.Submissions;

// Each form's target check, then its way to storage: the stream for content, the content grain for feedback.
public sealed partial class SubmissionGrain
{
    private async Task<SubmissionStep> ReviewAsync(SubmissionContext context, ReviewSubmission review)
    {
        if (!await ProductExistsAsync(context.ClientId, review.ProductId))
        {
            return UnknownTarget("ProductId", review.ProductId);
        }

        if (!context.Request.Store)
        {
            return SubmissionStep.Passed;
        }

        var author = await AuthorAsync(context, review.Author);
        return await AppendAsync(context, ContentType.Reviews, review.ProductId, author, review.ReviewText, review.Rating,
            s => s with { Review = review with { Author = author.Author } });
    }

    private async Task<SubmissionStep> QuestionAsync(SubmissionContext context, QuestionSubmission question)
    {
        if (!await ProductExistsAsync(context.ClientId, question.ProductId))
        {
            return UnknownTarget("ProductId", question.ProductId);
        }

        if (!context.Request.Store)
        {
            return SubmissionStep.Passed;
        }

        var author = await AuthorAsync(context, question.Author);
        return await AppendAsync(context, ContentType.Questions, question.ProductId, author, $"{question.QuestionSummary} {question.QuestionDetails}", null,
            s => s with { Question = question with { Author = author.Author } });
    }

    private async Task<SubmissionStep> AnswerAsync(SubmissionContext context, AnswerSubmission answer)
    {
        if (await OwnContentAsync(context.ClientId, answer.QuestionId, ContentType.Questions) is not { } question)
        {
            return UnknownTarget("QuestionId", answer.QuestionId);
        }

        if (!context.Request.Store)
        {
            return SubmissionStep.Passed;
        }

        var author = await AuthorAsync(context, answer.Author);
        return await AppendAsync(context, ContentType.Answers, question.Document.ProductId, author, answer.AnswerText, null,
            s => s with { Answer = answer with { Author = author.Author } });
    }

    private async Task<SubmissionStep> CommentAsync(SubmissionContext context, ReviewCommentSubmission comment)
    {
        if (await OwnContentAsync(context.ClientId, comment.ReviewId, ContentType.Reviews) is not { } review)
        {
            return UnknownTarget("ReviewId", comment.ReviewId);
        }

        if (!context.Request.Store)
        {
            return SubmissionStep.Passed;
        }

        var author = await AuthorAsync(context, comment.Author);
        return await AppendAsync(context, ContentType.ReviewComments, review.Document.ProductId, author, comment.CommentText, null,
            s => s with { Comment = comment with { Author = author.Author } });
    }

    private async Task<SubmissionStep> FeedbackAsync(SubmissionContext context, FeedbackSubmission feedback)
    {
        var content = GrainFactory.GetGrain<IContentGrain>(feedback.ContentId);
        var details = await content.GetAsync();
        var type = feedback.ContentType switch
        {
            FeedbackContentType.Review => ContentType.Reviews,
            FeedbackContentType.Question => ContentType.Questions,
            FeedbackContentType.Answer => ContentType.Answers,
            _ => ContentType.ReviewComments,
        };

        // Feedback may reach content syndicated to this client, not only its own.
        var visible = details is { Status: ContentStatus.Approved } && details.Document.Type == type
            && (details.ClientId == context.ClientId || context.Client.Incoming.Any(e => e.From == details.ClientId));
        if (!visible)
        {
            return UnknownTarget("ContentId", feedback.ContentId);
        }

        if (!context.Request.Store)
        {
            return SubmissionStep.Passed;
        }

        var author = await AuthorAsync(context, feedback.Author);
        try
        {
            await content.AddFeedbackAsync(new FeedbackVoteRequest(author.Author.UserId, feedback.FeedbackType == FeedbackType.Helpfulness,
                feedback.Vote == FeedbackVote.Positive, feedback.ReasonText));
        }
        catch (ConflictException ex)
        {
            return SubmissionStep.Error(SubmissionErrorCodes.DuplicateSubmission, ex.Message, blockedBy: "feedback");
        }

        return SubmissionStep.Stored(new SubmissionAcknowledgement(NewId(), time.GetUtcNow(), null));
    }

    private Task<bool> ProductExistsAsync(string clientId, string productId) =>
        GrainFactory.GetGrain<IProductGrain>($"{clientId}/{productId}").ExistsAsync();

    private async Task<ContentDetails?> OwnContentAsync(string clientId, string contentId, ContentType type)
    {
        var details = await GrainFactory.GetGrain<IContentGrain>(contentId).GetAsync();
        return details is { Status: ContentStatus.Approved } && details.ClientId == clientId && details.Document.Type == type ? details : null;
    }

    private static SubmissionStep UnknownTarget(string parameter, string id) =>
        SubmissionStep.Error(SubmissionErrorCodes.InvalidParameters, $"Unknown {parameter} '{id}'.");

    private static string NewId() => Guid.NewGuid().ToString("N");
}
