using Ugc.Contracts.Submissions;

namespace Ugc.Grains.Submissions;

/// <summary>
/// Validates the submission forms of <c>/data/submit*.json</c> against a <see cref="SubmissionFormDefinition"/>
/// (the client's, or the stock one by default) and builds the typed submission the write path stores.
/// </summary>
public static partial class SubmissionFormValidator
{
    public static SubmissionValidationResult<ReviewSubmission> ValidateReview(
        FormInput parameters, SubmissionFormDefinition? definition = null)
    {
        definition ??= SubmissionFormDefaults.Review;
        var form = SubmissionFieldValidator.Validate(definition, parameters);
        var productId = RequireTarget(parameters, "ProductId", form);
        var author = Author(form, definition.Field("userid"));
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
        FormInput parameters, SubmissionFormDefinition? definition = null)
    {
        definition ??= SubmissionFormDefaults.Question;
        var form = SubmissionFieldValidator.Validate(definition, parameters);
        var productId = RequireTarget(parameters, "ProductId", form);
        var author = Author(form, definition.Field("userid"));
        var summary = RequireValue(form, "questionsummary", form.Text("questionsummary"));
        var extras = Extras(form);

        return form.ToResult(form.HasErrors ? null : new QuestionSubmission(
            productId!, author!, summary!, form.Text("questiondetails"), extras));
    }

    public static SubmissionValidationResult<AnswerSubmission> ValidateAnswer(
        FormInput parameters, SubmissionFormDefinition? definition = null)
    {
        definition ??= SubmissionFormDefaults.Answer;
        var form = SubmissionFieldValidator.Validate(definition, parameters);
        var questionId = RequireTarget(parameters, "QuestionId", form);
        var author = Author(form, definition.Field("userid"));
        var text = RequireValue(form, "answertext", form.Text("answertext"));
        var extras = Extras(form);

        return form.ToResult(form.HasErrors ? null : new AnswerSubmission(questionId!, author!, text!, extras));
    }

    public static SubmissionValidationResult<ReviewCommentSubmission> ValidateReviewComment(
        FormInput parameters, SubmissionFormDefinition? definition = null)
    {
        definition ??= SubmissionFormDefaults.ReviewComment;
        var form = SubmissionFieldValidator.Validate(definition, parameters);
        var reviewId = RequireTarget(parameters, "ReviewId", form);
        var author = Author(form, definition.Field("userid"));
        var text = RequireValue(form, "commenttext", form.Text("commenttext"));
        var extras = Extras(form);

        return form.ToResult(form.HasErrors ? null : new ReviewCommentSubmission(
            reviewId!, author!, form.Text("title"), text!, extras));
    }

    public static SubmissionValidationResult<FeedbackSubmission> ValidateFeedback(
        FormInput parameters, SubmissionFormDefinition? definition = null)
    {
        definition ??= SubmissionFormDefaults.Feedback;
        var form = SubmissionFieldValidator.Validate(definition, parameters);
        var contentType = FeedbackTarget(parameters, form);
        var contentId = RequireTarget(parameters, "ContentId", form);
        var author = Author(form, definition.Field("userid"));
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
