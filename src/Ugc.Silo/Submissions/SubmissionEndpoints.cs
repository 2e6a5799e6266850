using Microsoft.Extensions.Options;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Submissions;
using Ugc.Grains.Submissions;
using Ugc.Silo.Conversations;
using Ugc.Silo.Gateway;

namespace Ugc.Silo.Submissions;

/// <summary>
/// The submission endpoints: <c>/data/submit{review,question,answer,reviewcomment,feedback}.json</c>. They map HTTP to
/// the write path's grain (<see cref="ISubmissionGrain"/>), which holds every rule, and its outcome back to the envelope.
/// </summary>
public static class SubmissionEndpoints
{
    public static RouteGroupBuilder MapSubmissionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/data").AddEndpointFilter<ContentGateFilter>().WithTags("Content API");
        Map(group, "/submitreview.json", SubmissionFormKind.Review);
        Map(group, "/submitquestion.json", SubmissionFormKind.Question);
        Map(group, "/submitanswer.json", SubmissionFormKind.Answer);
        Map(group, "/submitreviewcomment.json", SubmissionFormKind.ReviewComment);
        Map(group, "/submitfeedback.json", SubmissionFormKind.Feedback);
        return group;
    }

    private static void Map(RouteGroupBuilder group, string path, SubmissionFormKind kind) =>
        group.MapMethods(path, [HttpMethods.Get, HttpMethods.Post],
                (HttpContext context, IGrainFactory grains, IOptions<GatewayOptions> options, CancellationToken cancellationToken) =>
                    HandleAsync(context, kind, grains, options.Value, cancellationToken))
            .WithMetadata(new ContentEndpoint(ApiScopes.Submit, kind)).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(
        HttpContext context, SubmissionFormKind kind, IGrainFactory grains, GatewayOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var request = ContentRequest.Get(context);
        var writePath = grains.GetGrain<ISubmissionGrain>(0);
        var locale = LocaleFormat.TryNormalize(request.Parameters.Get("Locale") ?? "", out var normalized) ? normalized : null;
        if (!SubmissionActionParser.TryParse(request.Parameters.Get("Action"), HttpMethods.IsPost(context.Request.Method), out var action, out var error))
        {
            return ConversationsResults.Json(SubmissionResponses.Failure(SubmissionFormDefaults.For(kind), [error!], locale));
        }

        if (action == SubmissionAction.Form)
        {
            // A solicitation's token prefills the review form (product, campaign, nickname hint).
            var prefill = kind == SubmissionFormKind.Review && request.Parameters.Get(Grains.Solicitation.SolicitationLinks.TokenParameter) is { } token
                ? await context.RequestServices.GetRequiredService<Solicitation.SolicitationPrefill>().ValuesAsync(request.ClientId, token)
                : null;
            return ConversationsResults.Json(SubmissionResponses.Form(await writePath.GetFormAsync(request.ClientId, kind), locale, prefill));
        }

        var outcome = await writePath.SubmitAsync(new SubmissionRequest(
            request.ClientId, kind, action == SubmissionAction.Submit, Parameters(request.Parameters), request.AuthorAddress));
        return ConversationsResults.Json(SubmissionResponses.Result(outcome, options.TypicalHoursToPost));
    }

    /// <summary>The parameters the form may read: everything but the key, which the gate has checked already.</summary>
    private static Dictionary<string, IReadOnlyList<string>> Parameters(ConversationsParameters parameters) =>
        parameters.Names.Where(n => !n.Equals("passkey", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(n => n, n => parameters.GetAll(n), StringComparer.Ordinal);
}
