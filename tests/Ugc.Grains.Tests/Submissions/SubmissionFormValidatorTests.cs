using Ugc.Contracts.Clients;
using Ugc.Contracts.Submissions;
using Ugc.Grains.Submissions;

namespace Ugc.Grains.Tests.Submissions;

public sealed class SubmissionFormValidatorTests
{
    private const string ValidReview =
        "ProductId=p1&Rating=5&Title=Great&ReviewText=Works+well&UserNickname=shopper1&UserId=u-1_a&UserEmail=a%40example.com";

    private static SubmissionValidationResult<ReviewSubmission> Review(string extra, string? form = null) =>
        SubmissionFormValidator.ValidateReview(FormInputs.Parse(ValidReview + extra, form));

    private static SubmissionFieldError SingleFieldError<T>(SubmissionValidationResult<T> result)
        where T : class
    {
        Assert.False(result.IsValid);
        Assert.Empty(result.Errors);
        return Assert.Single(result.FieldErrors);
    }

    [Fact]
    public void Valid_review_becomes_a_typed_submission()
    {
        var result = Review(
            "&IsRecommended=TRUE&rating_Quality=4&contextdatavalue_Age=25to34&tag_Pro_1=Light&tag_Pro_0=Fast&additionalfield_Size=L"
            + "&photourl_1=https%3A%2F%2Fimg.example.com%2F2.jpg&photourl_0=https%3A%2F%2Fimg.example.com%2F1.jpg&photocaption_0=Front"
            + "&agreedtotermsandconditions=true&campaignid=spring&fp=abc&Locale=en_us");

        Assert.True(result.IsValid, string.Join("; ", result.FieldErrors.Select(e => e.Message).Concat(result.Errors.Select(e => e.Message))));
        var review = result.Submission;
        Assert.Equal("p1", review.ProductId);
        Assert.Equal(5, review.Rating);
        Assert.Equal("Great", review.Title);
        Assert.Equal("Works well", review.ReviewText);
        Assert.True(review.IsRecommended);
        Assert.Equal(new SubmissionAuthor("u-1_a", "shopper1", "a@example.com", null, "abc", null), review.Author);
        Assert.Equal(4, review.SecondaryRatings["Quality"]);
        Assert.Equal(["Fast", "Light"], review.Tags["Pro"]);
        Assert.Equal("25to34", review.Extras.ContextDataValues["Age"]);
        Assert.Equal("L", review.Extras.AdditionalFields["Size"]);
        Assert.Equal(
            [new PhotoSubmission(0, "https://img.example.com/1.jpg", "Front"), new PhotoSubmission(1, "https://img.example.com/2.jpg", null)],
            review.Extras.Photos);
        Assert.True(review.Extras.AgreedToTermsAndConditions);
        Assert.Equal("spring", review.Extras.CampaignId);
        Assert.Equal("en_US", review.Extras.Locale);
    }

    [Fact]
    public void Parameters_split_between_query_and_body_are_merged()
    {
        var result = SubmissionFormValidator.ValidateReview(
            FormInputs.Parse("passkey=k&ProductId=p1&UserId=u1", "rating=3&usernickname=nick1&reviewtext=Fine"));

        Assert.True(result.IsValid);
        Assert.Equal(3, result.Submission.Rating);
    }

    [Theory]
    [InlineData("ProductId=p1&UserId=u1&UserNickname=nick1&ReviewText=Fine", "rating")]
    [InlineData("ProductId=p1&UserId=u1&Rating=4&UserNickname=+&ReviewText=Fine", "usernickname")]
    [InlineData("ProductId=p1&UserId=u1&Rating=4&UserNickname=nick1&ReviewText=+", "reviewtext")]
    public void Missing_required_field_is_form_required(string query, string field)
    {
        var error = SingleFieldError(SubmissionFormValidator.ValidateReview(FormInputs.Parse(query)));

        Assert.Equal(new SubmissionFieldError(field, SubmissionErrorCodes.FormRequired, error.Message), error);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("&Rating=6", "rating", SubmissionErrorCodes.FormTooHigh)]
    [InlineData("&Rating=0", "rating", SubmissionErrorCodes.FormTooLow)]
    [InlineData("&Rating=five", "rating", SubmissionErrorCodes.FormPatternMismatch)]
    [InlineData("&rating_Value=9", "rating_Value", SubmissionErrorCodes.FormTooHigh)]
    [InlineData("&UserNickname=abc", "usernickname", SubmissionErrorCodes.FormTooShort)]
    [InlineData("&UserNickname=abcdefghijklmnopqrstuvwxyz", "usernickname", SubmissionErrorCodes.FormTooLong)]
    [InlineData("&UserEmail=not-an-email", "useremail", SubmissionErrorCodes.FormInvalidEmailAddress)]
    [InlineData("&UserEmail=a%40localhost", "useremail", SubmissionErrorCodes.FormInvalidEmailAddress)]
    [InlineData("&UserId=user%20one", "userid", SubmissionErrorCodes.FormPatternMismatch)]
    [InlineData("&UserId=u%2B1", "userid", SubmissionErrorCodes.FormPatternMismatch)]
    [InlineData("&IsRecommended=maybe", "isrecommended", SubmissionErrorCodes.FormInvalidOption)]
    [InlineData("&photourl_0=ftp%3A%2F%2Fx%2Fy.jpg", "photourl_0", SubmissionErrorCodes.FormPatternMismatch)]
    [InlineData("&photourl_6=https%3A%2F%2Fx%2Fy.jpg", "photourl_6", SubmissionErrorCodes.FormTooHigh)]
    [InlineData("&photocaption_0=Orphan", "photourl_0", SubmissionErrorCodes.FormRequired)]
    public void Invalid_review_field_gets_its_error(string extra, string field, string code)
    {
        // The query's first value wins, so the invalid value goes first and the valid defaults follow in the body.
        var result = SubmissionFormValidator.ValidateReview(FormInputs.Parse(extra.TrimStart('&'), ValidReview));

        var error = SingleFieldError(result);
        Assert.Equal(field, error.Field);
        Assert.Equal(code, error.Code);
        Assert.Contains(field, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Title_longer_than_50_characters_is_too_long()
    {
        var result = SubmissionFormValidator.ValidateReview(FormInputs.Parse("Title=" + new string('x', 51), ValidReview));

        var error = SingleFieldError(result);
        Assert.Equal(("title", SubmissionErrorCodes.FormTooLong), (error.Field, error.Code));
    }

    [Fact]
    public void Lengths_count_characters_as_shoppers_see_them()
    {
        // Four family emoji are 4 characters to a shopper but 44 UTF-16 code units.
        var result = SubmissionFormValidator.ValidateReview(
            FormInputs.Parse("UserNickname=" + Uri.EscapeDataString(string.Concat(Enumerable.Repeat("👨‍👩‍👧‍👦", 4))), ValidReview));

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Missing_user_id_on_a_form_that_requires_it_is_an_api_error_and_a_field_error()
    {
        var result = SubmissionFormValidator.ValidateReview(FormInputs.Parse("Rating=4&UserNickname=nick1&ReviewText=Fine"));

        Assert.False(result.IsValid);
        Assert.Equal(("userid", SubmissionErrorCodes.FormRequired), (Assert.Single(result.FieldErrors).Field, result.FieldErrors[0].Code));
        Assert.Equal(
            [SubmissionErrorCodes.MissingParameters, SubmissionErrorCodes.MissingUserId],
            result.Errors.Select(e => e.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_user_id_an_anonymous_form_gives_an_author_to_be_named_by_the_write_path()
    {
        var anonymous = SubmissionForms.For(SubmissionFormKind.Review, new SubmissionSettings(AllowAnonymous: true));
        var result = SubmissionFormValidator.ValidateReview(FormInputs.Parse(
            "ProductId=p1&Rating=4&UserNickname=nick1&Title=Fine&ReviewText=Does+the+job&Locale=en_US&agreedtotermsandconditions=true&campaignid=BV_PLUGIN"),
            anonymous);

        Assert.True(result.IsValid, string.Join("; ", result.FieldErrors.Select(e => e.Message).Concat(result.Errors.Select(e => e.Message))));
        Assert.Equal(SubmissionFormValidator.AnonymousUserId, result.Submission.Author.UserId);
        Assert.Equal("BV_PLUGIN", result.Submission.Extras.CampaignId);
        Assert.False(anonymous.Field("userid")!.Required);
    }

    [Fact]
    public void Empty_nickname_and_empty_text_are_field_errors_not_request_errors()
    {
        var anonymous = SubmissionForms.For(SubmissionFormKind.Review, SubmissionSettings.Default);
        var result = SubmissionFormValidator.ValidateReview(FormInputs.Parse("ProductId=p1&Rating=4&UserNickname=&Title=Fine&ReviewText="), anonymous);

        Assert.Empty(result.Errors);
        Assert.Equal(
            [("reviewtext", SubmissionErrorCodes.FormRequired), ("usernickname", SubmissionErrorCodes.FormRequired)],
            result.FieldErrors.Select(e => (e.Field, e.Code)));
    }

    [Fact]
    public void Invalid_locale_is_an_api_error()
    {
        var result = Review("&Locale=english");

        Assert.Equal(SubmissionErrorCodes.InvalidLocale, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Unknown_and_malformed_family_parameters_are_ignored()
    {
        var result = Review("&favouritecolour=blue&photourl_x=https%3A%2F%2Fx%2Fy.jpg&tag_Pro=NoIndex&rating_=3");

        Assert.True(result.IsValid);
        Assert.Empty(result.Submission.Extras.Photos);
        Assert.Empty(result.Submission.Tags);
        Assert.Empty(result.Submission.SecondaryRatings);
    }

    [Fact]
    public void Every_field_error_is_reported_once_in_form_order()
    {
        var result = SubmissionFormValidator.ValidateReview(
            FormInputs.Parse("ProductId=p1&UserId=u1&Rating=9&Title=" + new string('t', 60) + "&UserNickname=ab&UserEmail=x"));

        Assert.Equal(["rating", "title", "reviewtext", "usernickname", "useremail"], result.FieldErrors.Select(e => e.Field));
    }

    [Fact]
    public void Question_requires_a_summary_within_150_characters()
    {
        var ok = SubmissionFormValidator.ValidateQuestion(
            FormInputs.Parse("ProductId=p1&UserId=u1&UserNickname=nick1&QuestionSummary=Is+it+waterproof%3F&QuestionDetails=Rain"));
        Assert.True(ok.IsValid);
        Assert.Equal(("p1", "Is it waterproof?", "Rain"), (ok.Submission.ProductId, ok.Submission.QuestionSummary, ok.Submission.QuestionDetails));

        var missing = SubmissionFormValidator.ValidateQuestion(FormInputs.Parse("ProductId=p1&UserId=u1&UserNickname=nick1"));
        Assert.Equal(("questionsummary", SubmissionErrorCodes.FormRequired), (SingleFieldError(missing).Field, SingleFieldError(missing).Code));

        var tooLong = SubmissionFormValidator.ValidateQuestion(
            FormInputs.Parse("ProductId=p1&UserId=u1&UserNickname=nick1&QuestionSummary=" + new string('q', 151)));
        Assert.Equal(SubmissionErrorCodes.FormTooLong, SingleFieldError(tooLong).Code);
    }

    [Fact]
    public void Answer_needs_its_question_and_text()
    {
        var ok = SubmissionFormValidator.ValidateAnswer(FormInputs.Parse("QuestionId=q1&UserId=u1&UserNickname=nick1&AnswerText=Yes"));
        Assert.True(ok.IsValid);
        Assert.Equal(("q1", "Yes"), (ok.Submission.QuestionId, ok.Submission.AnswerText));

        var bad = SubmissionFormValidator.ValidateAnswer(FormInputs.Parse("UserId=u1&UserNickname=nick1"));
        Assert.Equal(SubmissionErrorCodes.MissingParameters, Assert.Single(bad.Errors).Code);
        Assert.Equal(("answertext", SubmissionErrorCodes.FormRequired), (Assert.Single(bad.FieldErrors).Field, bad.FieldErrors[0].Code));
    }

    [Fact]
    public void Review_comment_needs_its_review_and_text()
    {
        var ok = SubmissionFormValidator.ValidateReviewComment(
            FormInputs.Parse("ReviewId=r1&UserId=u1&UserNickname=nick1&CommentText=Agreed&Title=Same"));

        Assert.True(ok.IsValid);
        Assert.Equal(("r1", "Agreed", "Same"), (ok.Submission.ReviewId, ok.Submission.CommentText, ok.Submission.Title));
    }

    [Fact]
    public void Helpfulness_feedback_needs_a_vote()
    {
        var ok = SubmissionFormValidator.ValidateFeedback(
            FormInputs.Parse("ContentType=review_comment&ContentId=c1&FeedbackType=Helpfulness&Vote=NEGATIVE&UserId=u1"));
        Assert.True(ok.IsValid);
        Assert.Equal(
            new FeedbackSubmission(FeedbackContentType.ReviewComment, "c1", FeedbackType.Helpfulness, FeedbackVote.Negative, null, ok.Submission.Author, null),
            ok.Submission);

        var noVote = SubmissionFormValidator.ValidateFeedback(
            FormInputs.Parse("ContentType=review&ContentId=r1&FeedbackType=helpfulness&UserId=u1"));
        Assert.Equal(("vote", SubmissionErrorCodes.FormRequired), (SingleFieldError(noVote).Field, noVote.FieldErrors[0].Code));
    }

    [Fact]
    public void Inappropriate_report_needs_no_vote_and_checks_its_options()
    {
        var ok = SubmissionFormValidator.ValidateFeedback(
            FormInputs.Parse("ContentType=answer&ContentId=a1&FeedbackType=inappropriate&ReasonText=Spam&UserId=u1"));
        Assert.True(ok.IsValid);
        Assert.Equal((FeedbackType.Inappropriate, (FeedbackVote?)null, "Spam"), (ok.Submission.FeedbackType, ok.Submission.Vote, ok.Submission.ReasonText));

        var badOption = SubmissionFormValidator.ValidateFeedback(
            FormInputs.Parse("ContentType=answer&ContentId=a1&FeedbackType=love&UserId=u1"));
        Assert.Equal(("feedbacktype", SubmissionErrorCodes.FormInvalidOption), (SingleFieldError(badOption).Field, badOption.FieldErrors[0].Code));

        var badType = SubmissionFormValidator.ValidateFeedback(
            FormInputs.Parse("ContentType=photo&ContentId=a1&FeedbackType=inappropriate&UserId=u1"));
        Assert.Equal(SubmissionErrorCodes.InvalidParameters, Assert.Single(badType.Errors).Code);
    }

    [Fact]
    public void Client_definition_replaces_the_stock_limits()
    {
        var strict = SubmissionFormDefaults.Review with
        {
            Fields = [.. SubmissionFormDefaults.Review.Fields.Select(f => f.Id == "reviewtext" ? f with { Required = true, MinLength = 50 } : f)],
        };

        var result = SubmissionFormValidator.ValidateReview(FormInputs.Parse(ValidReview), strict);

        Assert.Equal(("reviewtext", SubmissionErrorCodes.FormTooShort), (SingleFieldError(result).Field, result.FieldErrors[0].Code));
    }
}
