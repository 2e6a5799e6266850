using Ugc.Contracts.Submissions;

namespace Ugc.Silo.Conversations;

/// <summary>
/// Validates the submission forms of <c>/data/submit*.json</c> against a <see cref="SubmissionFormDefinition"/>
/// (the stock one by default) and builds the typed submission the grains consume.
/// </summary>
public static partial class SubmissionFormValidator
{
    public static SubmissionValidationResult<ReviewSubmission> ValidateReview(
        ConversationsParameters parameters, SubmissionFormDefinition? definition = null)
    {
        var form = SubmissionFieldValidator.Validate(definition ?? SubmissionFormDefaults.Review, parameters);
        var productId = RequireTarget(parameters, "ProductId", form);
        var author = Author(form);
        // Rating is part of every review whatever a client's form says.
        var rating = RequireValue(form, "rating", form.Integer("rating"));
        var extras = Extras(form);
        var tags = Tags(form);
        var secondary = form.Family("rating_").Where(m => m.Value is int).ToDictionary(m => m.Key, m => (int)m.Value);

        return form.ToResult(form.HasErrors ? null : new ReviewSubmission(
            productId!, author!, rating!.Value, form.Text("title"), form.Text("reviewtext"), form.Boolean("isrecommended"),
            secondary, tags, extras));
    }

    public static SubmissionValidationResult<QuestionSubmission> ValidateQuestion(
        ConversationsParameters parameters, SubmissionFormDefinition? definition = null)
    {
        var form = SubmissionFieldValidator.Validate(definition ?? SubmissionFormDefaults.Question, parameters);
        var productId = RequireTarget(parameters, "ProductId", form);
        var author = Author(form);
        var summary = RequireValue(form, "questionsummary", form.Text("questionsummary"));
        var extras = Extras(form);

        return form.ToResult(form.HasErrors ? null : new QuestionSubmission(
            productId!, author!, summary!, form.Text("questiondetails"), extras));
    }

    public static SubmissionValidationResult<AnswerSubmission> ValidateAnswer(
        ConversationsParameters parameters, SubmissionFormDefinition? definition = null)
    {
        var form = SubmissionFieldValidator.Validate(definition ?? SubmissionFormDefaults.Answer, parameters);
        var questionId = RequireTarget(parameters, "QuestionId", form);
        var author = Author(form);
        var text = RequireValue(form, "answertext", form.Text("answertext"));
        var extras = Extras(form);

        return form.ToResult(form.HasErrors ? null : new AnswerSubmission(questionId!, author!, text!, extras));
    }

    public static SubmissionValidationResult<ReviewCommentSubmission> ValidateReviewComment(
        ConversationsParameters parameters, SubmissionFormDefinition? definition = null)
    {
        var form = SubmissionFieldValidator.Validate(definition ?? SubmissionFormDefaults.ReviewComment, parameters);
        var reviewId = RequireTarget(parameters, "ReviewId", form);
        var author = Author(form);
        var text = RequireValue(form, "commenttext", form.Text("commenttext"));
        var extras = Extras(form);

        return form.ToResult(form.HasErrors ? null : new ReviewCommentSubmission(
            reviewId!, author!, form.Text("title"), text!, extras));
    }

    public static SubmissionValidationResult<FeedbackSubmission> ValidateFeedback(
        ConversationsParameters parameters, SubmissionFormDefinition? definition = null)
    {
        var form = SubmissionFieldValidator.Validate(definition ?? SubmissionFormDefaults.Feedback, parameters);
        var contentType = FeedbackTarget(parameters, form);
        var contentId = RequireTarget(parameters, "ContentId", form);
        var author = Author(form);
        var feedbackType = RequireValue(form, "feedbacktype", form.Text("feedbacktype"));
        var isHelpfulness = string.Equals(feedbackType, "helpfulness", StringComparison.OrdinalIgnoreCase);
        // A helpfulness vote needs its direction; a report does not.
        var vote = isHelpfulness ? RequireValue(form, "vote", form.Text("vote")) : null;

        return form.ToResult(form.HasErrors ? null : new FeedbackSubmission(
            contentType!.Value,
            contentId!,
            isHelpfulness ? FeedbackType.Helpfulness : FeedbackType.Inappropriate,
            vote is null ? null : Enum.Parse<FeedbackVote>(vote, ignoreCase: true),
            form.Text("reasontext"),
            author!,
            form.Locale));
    }
}
