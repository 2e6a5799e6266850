using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Submissions;
using Ugc.Grains.Catalog;

namespace Ugc.Grains.Submissions;

/// <summary>
/// The write path (<see cref="ISubmissionGrain"/>): a stateless worker, so every silo runs as many as the load needs,
/// and reentrant, holding no state, so one activation serves many submissions while they wait on other grains.
/// It validates against the client's form, checks the target, resolves the author (a generated id for anonymous
/// submissions), claims the nickname, runs the velocity checks (all answered from memory) and appends to the
/// <c>submissions</c> stream through the silo's <see cref="SubmissionAppender"/>; it acknowledges only after the
/// append completed, that is once the stream provider holds the submission durably.
/// </summary>
[StatelessWorker]
[Reentrant]
public sealed partial class SubmissionGrain(
    [FromKeyedServices(DomainClock.Key)] TimeProvider time, FreshnessTracker metrics, SubmissionAppender appender, ILogger<SubmissionGrain> logger)
    : Grain, ISubmissionGrain
{
    public async Task<SubmissionFormDefinition> GetFormAsync(string clientId, SubmissionFormKind kind) =>
        SubmissionForms.For(kind, (await ClientAsync(clientId)).Submissions);

    public async Task<SubmissionOutcome> SubmitAsync(SubmissionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (SolicitationTokenOf(request) is { } solicitation)
        {
            return await SubmitSolicitedAsync(request, solicitation);
        }

        var client = await ClientAsync(request.ClientId);
        var form = SubmissionForms.For(request.Kind, client.Submissions);
        var input = new FormInput(request.Parameters);
        var context = new SubmissionContext(request, client);
        return request.Kind switch
        {
            SubmissionFormKind.Review => await HandleAsync(context, form, SubmissionFormValidator.ValidateReview(input, form), ReviewAsync),
            SubmissionFormKind.Question => await HandleAsync(context, form, SubmissionFormValidator.ValidateQuestion(input, form), QuestionAsync),
            SubmissionFormKind.Answer => await HandleAsync(context, form, SubmissionFormValidator.ValidateAnswer(input, form), AnswerAsync),
            SubmissionFormKind.ReviewComment => await HandleAsync(context, form, SubmissionFormValidator.ValidateReviewComment(input, form), CommentAsync),
            SubmissionFormKind.Feedback => await HandleAsync(context, form, SubmissionFormValidator.ValidateFeedback(input, form), FeedbackAsync),
            _ => throw new ValidationException($"Unknown form '{request.Kind}'."),
        };
    }

    private async Task<SubmissionOutcome> HandleAsync<T>(
        SubmissionContext context, SubmissionFormDefinition form, SubmissionValidationResult<T> validation, Func<SubmissionContext, T, Task<SubmissionStep>> process)
        where T : class
    {
        var values = validation.Values.ToDictionary(v => v.Key, v => Text(v.Value), StringComparer.Ordinal);
        if (!validation.IsValid)
        {
            return new SubmissionOutcome(form, validation.Locale, validation.Errors, validation.FieldErrors, values, null, null);
        }

        var step = await process(context, validation.Submission);
        if (step.Refused)
        {
            LogRefused(logger, context.ClientId, context.Request.Kind, step.BlockedBy ?? "target",
                string.Join(", ", step.Errors.Select(e => e.Code).Concat(step.FieldErrors.Select(e => $"{e.Field}:{e.Code}"))));
        }

        return new SubmissionOutcome(form, validation.Locale, step.Errors, step.FieldErrors, values, step.Acknowledgement, step.BlockedBy);
    }

    private async Task<ClientDetails> ClientAsync(string clientId) =>
        await GrainFactory.GetGrain<IClientGrain>(clientId).GetAsync() ?? throw new NotFoundException($"Client '{clientId}' does not exist.");

    private static string Text(object value) => value switch
    {
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>The request and its client, handed to each stage.</summary>
    private sealed record SubmissionContext(SubmissionRequest Request, ClientDetails Client)
    {
        public string ClientId => Request.ClientId;
    }

    [LoggerMessage(EventId = 2301, Level = LogLevel.Debug, Message = "Client {ClientId}: {Kind} {ContentId} stored")]
    private static partial void LogStored(ILogger logger, string clientId, SubmissionFormKind kind, string contentId);

    [LoggerMessage(EventId = 2302, Level = LogLevel.Debug, Message = "Client {ClientId}: {Kind} refused by {Check} ({Codes})")]
    private static partial void LogRefused(ILogger logger, string clientId, SubmissionFormKind kind, string check, string codes);
}
