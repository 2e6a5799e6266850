using Ugc.Contracts.Clients;
using Ugc.Contracts.Submissions;
using Ugc.Silo.Conversations;
using Ugc.Silo.Gateway;

namespace Ugc.Silo.Submissions;

/// <summary>The submission endpoints: <c>/data/submit{review,question,answer,reviewcomment,feedback}.json</c>.</summary>
public static class SubmissionEndpoints
{
    public static RouteGroupBuilder MapSubmissionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/data").AddEndpointFilter<ContentGateFilter>().WithTags("Content API");
        string[] methods = [HttpMethods.Get, HttpMethods.Post];
        group.MapMethods("/submitreview.json", methods, (HttpContext c, SubmissionPipeline p, CancellationToken ct) =>
                HandleAsync(c, SubmissionFormKind.Review, SubmissionFormValidator.ValidateReview, (r, s, submit) => p.ReviewAsync(r.ClientId, s, r.AuthorAddress, submit), ct))
            .WithMetadata(new ContentEndpoint(ApiScopes.Submit, SubmissionFormKind.Review)).DisableAntiforgery();
        group.MapMethods("/submitquestion.json", methods, (HttpContext c, SubmissionPipeline p, CancellationToken ct) =>
                HandleAsync(c, SubmissionFormKind.Question, SubmissionFormValidator.ValidateQuestion, (r, s, submit) => p.QuestionAsync(r.ClientId, s, r.AuthorAddress, submit), ct))
            .WithMetadata(new ContentEndpoint(ApiScopes.Submit, SubmissionFormKind.Question)).DisableAntiforgery();
        group.MapMethods("/submitanswer.json", methods, (HttpContext c, SubmissionPipeline p, CancellationToken ct) =>
                HandleAsync(c, SubmissionFormKind.Answer, SubmissionFormValidator.ValidateAnswer, (r, s, submit) => p.AnswerAsync(r.ClientId, s, r.AuthorAddress, submit), ct))
            .WithMetadata(new ContentEndpoint(ApiScopes.Submit, SubmissionFormKind.Answer)).DisableAntiforgery();
        group.MapMethods("/submitreviewcomment.json", methods, (HttpContext c, SubmissionPipeline p, CancellationToken ct) =>
                HandleAsync(c, SubmissionFormKind.ReviewComment, SubmissionFormValidator.ValidateReviewComment, (r, s, submit) => p.CommentAsync(r.ClientId, s, r.AuthorAddress, submit), ct))
            .WithMetadata(new ContentEndpoint(ApiScopes.Submit, SubmissionFormKind.ReviewComment)).DisableAntiforgery();
        group.MapMethods("/submitfeedback.json", methods, (HttpContext c, SubmissionPipeline p, CancellationToken ct) =>
                HandleAsync(c, SubmissionFormKind.Feedback, SubmissionFormValidator.ValidateFeedback, (r, s, submit) => p.FeedbackAsync(r.ClientId, s, submit), ct))
            .WithMetadata(new ContentEndpoint(ApiScopes.Submit, SubmissionFormKind.Feedback)).DisableAntiforgery();
        return group;
    }

    private static async Task<IResult> HandleAsync<T>(
        HttpContext context,
        SubmissionFormKind kind,
        Func<ConversationsParameters, SubmissionFormDefinition?, SubmissionValidationResult<T>> validate,
        Func<ContentRequest, T, bool, Task<SubmitOutcome>> process,
        CancellationToken cancellationToken)
        where T : class
    {
        cancellationToken.ThrowIfCancellationRequested();
        var request = ContentRequest.Get(context);
        var definition = SubmissionFormDefaults.For(kind);
        var locale = LocaleFormat.TryNormalize(request.Parameters.Get("Locale") ?? "", out var normalized) ? normalized : null;
        if (!SubmissionActionParser.TryParse(request.Parameters.Get("Action"), HttpMethods.IsPost(context.Request.Method), out var action, out var error))
        {
            return ConversationsResults.Json(SubmissionResponses.Failure(definition, [error!], locale));
        }

        if (action == SubmissionAction.Form)
        {
            return ConversationsResults.Json(SubmissionResponses.Form(definition, locale));
        }

        var result = validate(request.Parameters, definition);
        if (!result.IsValid)
        {
            return ConversationsResults.Json(SubmissionResponses.Result(definition, result));
        }

        var outcome = await process(request, result.Submission, action == SubmissionAction.Submit);
        if (outcome.Blocked)
        {
            return ConversationsResults.Json(SubmissionResponses.Result(definition, result with { Errors = outcome.Errors, FieldErrors = outcome.FieldErrors }));
        }

        return ConversationsResults.Json(SubmissionResponses.Result(definition, result, outcome.Receipt));
    }
}
