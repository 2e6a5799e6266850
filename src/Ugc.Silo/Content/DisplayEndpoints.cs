using Microsoft.Extensions.Options;
using Ugc.Contracts.Clients;
using Ugc.Contracts.Queries;
using Ugc.Silo.Conversations;
using Ugc.Silo.Gateway;

namespace Ugc.Silo.Content;

/// <summary>The display endpoints of the content API: <c>GET /data/{reviews,questions,...}.json</c>.</summary>
public static class DisplayEndpoints
{
    private static readonly ContentType[] s_types =
    [
        ContentType.Reviews, ContentType.Questions, ContentType.Answers, ContentType.ReviewComments,
        ContentType.Products, ContentType.Categories, ContentType.Authors, ContentType.Statistics,
    ];

    public static RouteGroupBuilder MapDisplayEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/data").AddEndpointFilter<ContentGateFilter>().WithTags("Content API")
            .WithMetadata(new ContentEndpoint(ApiScopes.Display));
        foreach (var type in s_types)
        {
            var resource = ContentTypeNames.ResourceName(type);
            group.MapGet($"/{resource}.json", (HttpContext context, ContentReader reader, IOptions<GatewayOptions> options, CancellationToken cancellationToken) =>
                    DisplayAsync(type, context, reader, options.Value, cancellationToken))
                .WithName("display-" + resource);
        }

        return group;
    }

    private static async Task<IResult> DisplayAsync(
        ContentType type, HttpContext context, ContentReader reader, GatewayOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var request = ContentRequest.Get(context);
        var parsed = DisplayRequestParser.Parse(type, request.Parameters);
        if (!parsed.IsValid)
        {
            return ConversationsResults.Json(ErrorEnvelope.Create(parsed.Errors, request.Parameters.Get("Locale")));
        }

        var body = await reader.ReadAsync(request.ClientId, parsed.Query, request.Parameters.Get("AuthorSubmissionToken"));
        return ConversationsResults.Cacheable(body, options.CacheSeconds);
    }
}
