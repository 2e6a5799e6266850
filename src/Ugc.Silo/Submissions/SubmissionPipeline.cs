using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Ugc.Contracts;
using Ugc.Contracts.Catalog;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Content;
using Ugc.Contracts.Queries;
using Ugc.Contracts.Shoppers;
using Ugc.Contracts.Submissions;
using Ugc.Grains.Moderation;
using Ugc.Silo.Conversations;
using Ugc.Silo.Gateway;

namespace Ugc.Silo.Submissions;

/// <summary>
/// The write path: target checks, nickname uniqueness, the shopper's velocity checks, then the durable append to the
/// <c>submissions</c> stream. It answers only once the append is durable. The demo seed uses it too.
/// </summary>
public sealed class SubmissionPipeline(
    IGrainFactory grains, IClusterClient cluster, TimeProvider time, IOptions<GatewayOptions> options, Ugc.Grains.Catalog.FreshnessTracker pipelineMetrics)
{
    public async Task<SubmitOutcome> ReviewAsync(string clientId, ReviewSubmission review, string address, bool submit)
    {
        if (await grains.GetGrain<IProductGrain>($"{clientId}/{review.ProductId}").GetAsync() is null)
        {
            return SubmitOutcome.Error(ConversationsErrorCodes.InvalidParameters, $"Unknown ProductId '{review.ProductId}'.");
        }

        var author = review.Author with { IpAddress = address };
        return !submit ? SubmitOutcome.Passed : await AppendAsync(clientId, ContentType.Reviews, review.ProductId, author,
            string.Join(' ', review.Title, review.ReviewText), review.Rating, s => s with { Review = review with { Author = author } });
    }

    public async Task<SubmitOutcome> QuestionAsync(string clientId, QuestionSubmission question, string address, bool submit)
    {
        if (await grains.GetGrain<IProductGrain>($"{clientId}/{question.ProductId}").GetAsync() is null)
        {
            return SubmitOutcome.Error(ConversationsErrorCodes.InvalidParameters, $"Unknown ProductId '{question.ProductId}'.");
        }

        var author = question.Author with { IpAddress = address };
        return !submit ? SubmitOutcome.Passed : await AppendAsync(clientId, ContentType.Questions, question.ProductId, author,
            string.Join(' ', question.QuestionSummary, question.QuestionDetails), null, s => s with { Question = question with { Author = author } });
    }

    public async Task<SubmitOutcome> AnswerAsync(string clientId, AnswerSubmission answer, string address, bool submit)
    {
        var question = await OwnContentAsync(clientId, answer.QuestionId, ContentType.Questions);
        if (question is null)
        {
            return SubmitOutcome.Error(ConversationsErrorCodes.InvalidParameters, $"Unknown QuestionId '{answer.QuestionId}'.");
        }

        var author = answer.Author with { IpAddress = address };
        return !submit ? SubmitOutcome.Passed : await AppendAsync(clientId, ContentType.Answers, question.Document.ProductId, author,
            answer.AnswerText, null, s => s with { Answer = answer with { Author = author } });
    }

    public async Task<SubmitOutcome> CommentAsync(string clientId, ReviewCommentSubmission comment, string address, bool submit)
    {
        var review = await OwnContentAsync(clientId, comment.ReviewId, ContentType.Reviews);
        if (review is null)
        {
            return SubmitOutcome.Error(ConversationsErrorCodes.InvalidParameters, $"Unknown ReviewId '{comment.ReviewId}'.");
        }

        var author = comment.Author with { IpAddress = address };
        return !submit ? SubmitOutcome.Passed : await AppendAsync(clientId, ContentType.ReviewComments, review.Document.ProductId, author,
            comment.CommentText, null, s => s with { Comment = comment with { Author = author } });
    }

    public async Task<SubmitOutcome> FeedbackAsync(string clientId, FeedbackSubmission feedback, bool submit)
    {
        var content = grains.GetGrain<IContentGrain>(feedback.ContentId);
        var details = await content.GetAsync();
        var type = feedback.ContentType switch
        {
            FeedbackContentType.Review => ContentType.Reviews,
            FeedbackContentType.Question => ContentType.Questions,
            FeedbackContentType.Answer => ContentType.Answers,
            _ => ContentType.ReviewComments,
        };
        if (details is not { Status: ContentStatus.Approved } || details.Document.Type != type || !await VisibleAsync(clientId, details.ClientId))
        {
            return SubmitOutcome.Error(ConversationsErrorCodes.InvalidParameters, $"Unknown ContentId '{feedback.ContentId}'.");
        }

        if (!submit)
        {
            return SubmitOutcome.Passed;
        }

        try
        {
            await content.AddFeedbackAsync(new FeedbackVoteRequest(feedback.Author.UserId, feedback.FeedbackType == FeedbackType.Helpfulness,
                feedback.Vote == FeedbackVote.Positive, feedback.ReasonText));
        }
        catch (ConflictException ex)
        {
            return SubmitOutcome.Error(ConversationsErrorCodes.DuplicateSubmission, ex.Message);
        }

        return SubmitOutcome.Stored(new SubmissionReceipt(NewId(), time.GetUtcNow(), 0, null));
    }

    private async Task<SubmitOutcome> AppendAsync(
        string clientId, ContentType type, string productId, SubmissionAuthor author, string? text, int? rating, Func<ContentSubmission, ContentSubmission> attach)
    {
        if (author.UserNickname is { } nickname
            && !await grains.GetGrain<INicknameGrain>($"{clientId}/{nickname.Trim().ToLowerInvariant()}").ClaimAsync(author.UserId))
        {
            return SubmitOutcome.FieldError("usernickname", ConversationsErrorCodes.FormDuplicateNickname, $"The nickname '{nickname}' is taken.");
        }

        var contentId = NewId();
        var fingerprint = string.IsNullOrWhiteSpace(text) ? null : ContentFingerprint.ComputeHex(text);
        var decision = await grains.GetGrain<IShopperGrain>($"{clientId}/{author.UserId}").CheckAndRecordAsync(new VelocityCheck(
            contentId, type, productId, author.UserNickname, author.UserEmail, author.DeviceFingerprint, author.IpAddress, fingerprint, rating));
        if (!decision.Allowed)
        {
            pipelineMetrics.RecordVelocityBlock(decision.BlockedBy ?? "other");
            var code = decision.ErrorCode ?? ConversationsErrorCodes.RequestLimitReached;
            var message = decision.Message ?? "Too many submissions; try again later.";
            return decision.Field is { } field ? SubmitOutcome.FieldError(field.ToLowerInvariant(), code, message) : SubmitOutcome.Error(code, message);
        }

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        var now = time.GetUtcNow();
        var submission = attach(new ContentSubmission(contentId, clientId, type, now, token, decision.Flags));
        await cluster.GetStreamProvider(StreamNames.Provider)
            .GetStream<ContentSubmission>(StreamId.Create(StreamNames.Submissions, contentId)).OnNextAsync(submission);
        pipelineMetrics.RecordSubmission();
        return SubmitOutcome.Stored(new SubmissionReceipt(contentId, now, options.Value.TypicalHoursToPost, token));
    }

    private async Task<ContentDetails?> OwnContentAsync(string clientId, string contentId, ContentType type)
    {
        var details = await grains.GetGrain<IContentGrain>(contentId).GetAsync();
        return details is { Status: ContentStatus.Approved } && details.ClientId == clientId && details.Document.Type == type ? details : null;
    }

    private async Task<bool> VisibleAsync(string clientId, string ownerId)
    {
        if (ownerId == clientId)
        {
            return true;
        }

        var client = await grains.GetGrain<IClientGrain>(clientId).GetAsync();
        return client?.Incoming.Any(e => e.From == ownerId) == true;
    }

    private static string NewId() => Guid.NewGuid().ToString("N");
}
